using AppServer.Agent.Tools.ApplyPatch;

namespace AppServer.Tests.Tools;

public sealed class ApplyPatchEngineTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tools-patch-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string P(string name) => Path.Combine(_dir, name);

    [Fact]
    public void Adds_updates_and_reports_like_the_reference()
    {
        File.WriteAllText(P("existing.txt"), "line one\nline two\nline three\n");
        var plan = PatchApplier.Apply("""
            *** Begin Patch
            *** Add File: sub/new.txt
            +hello
            +world
            *** Update File: existing.txt
            @@
             line one
            -line two
            +line 2 changed
             line three
            *** End Patch
            """, _dir);

        File.ReadAllText(P("sub/new.txt")).Should().Be("hello\nworld\n");
        File.ReadAllText(P("existing.txt")).Should().Be("line one\nline 2 changed\nline three\n");
        plan.Summary.Should().Be("Success. Updated the following files:\nA sub/new.txt\nM existing.txt\n");
        plan.Changes[0].ItemDiff.Should().Be("hello\nworld\n");
        plan.Changes[1].ItemDiff.Should().Be("@@ -1,3 +1,3 @@\n line one\n-line two\n+line 2 changed\n line three\n");
        plan.Changes[1].Path.Should().Be(P("existing.txt"));
    }

    [Fact]
    public void Deletes_and_moves()
    {
        File.WriteAllText(P("gone.txt"), "x\n");
        File.WriteAllText(P("old.txt"), "a\nb\n");
        var plan = PatchApplier.Apply("*** Begin Patch\n*** Delete File: gone.txt\n*** Update File: old.txt\n*** Move to: dir/new.txt\n@@\n a\n-b\n+c\n*** End Patch\n", _dir);
        File.Exists(P("gone.txt")).Should().BeFalse();
        File.Exists(P("old.txt")).Should().BeFalse();
        File.ReadAllText(P("dir/new.txt")).Should().Be("a\nc\n");
        plan.Summary.Should().Be("Success. Updated the following files:\nD gone.txt\nM dir/new.txt\n");
    }

    [Fact]
    public void Context_header_and_end_of_file_anchor_the_change()
    {
        File.WriteAllText(P("f.py"), "def a():\n    return 1\n\ndef b():\n    return 1\n");
        PatchApplier.Apply("*** Begin Patch\n*** Update File: f.py\n@@ def b():\n-    return 1\n+    return 2\n*** End of File\n*** End Patch", _dir);
        File.ReadAllText(P("f.py")).Should().Be("def a():\n    return 1\n\ndef b():\n    return 2\n");
    }

    [Fact]
    public void Matches_despite_trailing_whitespace_and_typographic_punctuation()
    {
        File.WriteAllText(P("t.txt"), "say \u201chi\u201d   \nend\n");
        PatchApplier.Apply("*** Begin Patch\n*** Update File: t.txt\n-say \"hi\"\n+say bye\n end\n*** End Patch", _dir);
        File.ReadAllText(P("t.txt")).Should().Be("say bye\nend\n");
    }

    [Fact]
    public void Crlf_files_stay_crlf()
    {
        File.WriteAllText(P("w.txt"), "one\r\ntwo\r\n");
        PatchApplier.Apply("*** Begin Patch\n*** Update File: w.txt\n one\n-two\n+2\n*** End Patch", _dir);
        File.ReadAllText(P("w.txt")).Should().Be("one\r\n2\r\n");
    }

    [Fact]
    public void Verification_errors_change_nothing()
    {
        File.WriteAllText(P("a.txt"), "a\n");
        var act = () => PatchApplier.Apply("*** Begin Patch\n*** Add File: b.txt\n+b\n*** Update File: a.txt\n-zzz\n+y\n*** End Patch", _dir);
        act.Should().Throw<PatchException>().WithMessage($"Failed to find expected lines in {P("a.txt")}:\nzzz");
        File.Exists(P("b.txt")).Should().BeFalse("the patch is verified before anything is written");

        var missing = () => PatchApplier.Apply("*** Begin Patch\n*** Update File: nope.txt\n-a\n+b\n*** End Patch", _dir);
        missing.Should().Throw<PatchException>().WithMessage($"Failed to read file to update {P("nope.txt")}: No such file or directory (os error 2)");
    }

    [Theory]
    [InlineData("hello", "invalid patch: The first line of the patch must be '*** Begin Patch'")]
    [InlineData("*** Begin Patch\n*** Add File: x\n+x", "invalid patch: The last line of the patch must be '*** End Patch'")]
    [InlineData("*** Begin Patch\n*** Frobnicate: x\n*** End Patch", "invalid hunk at line 2, '*** Frobnicate: x' is not a valid hunk header.*")]
    [InlineData("*** Begin Patch\n*** Update File: x\n*** End Patch", "invalid hunk at line 2, Update file hunk for path 'x' is empty")]
    public void Parse_errors_are_clear(string patch, string message)
    {
        var act = () => PatchParser.Parse(patch);
        act.Should().Throw<PatchException>().WithMessage(message);
    }

    [Fact]
    public void Heredoc_wrapped_patch_is_accepted()
    {
        var patch = PatchParser.Parse("<<'EOF'\n*** Begin Patch\n*** Add File: a\n+x\n*** End Patch\nEOF\n");
        patch.Hunks.Should().ContainSingle().Which.Should().BeOfType<AddFileHunk>();
    }

    [Theory]
    [InlineData("apply_patch <<'EOF'\n*** Begin Patch\n*** Add File: a\n+x\n*** End Patch\nEOF\n", null)]
    [InlineData("cd sub && apply_patch <<\"PATCH\"\n*** Begin Patch\n*** Add File: a\n+x\n*** End Patch\nPATCH", "sub")]
    public void Heredoc_invocation_in_a_script_is_detected(string script, string? workdir)
    {
        var match = ApplyPatchInvocation.FromScript(script);
        match.Should().NotBeNull();
        match!.Workdir.Should().Be(workdir);
        PatchParser.Parse(match.PatchText).Hunks.Should().HaveCount(1);
        ApplyPatchInvocation.FromArgv(["/bin/bash", "-lc", script]).Should().NotBeNull();
        ApplyPatchInvocation.FromScript("echo apply_patch").Should().BeNull();
    }

    [Fact]
    public void Turn_diff_aggregates_against_the_starting_state()
    {
        File.WriteAllText(P("existing.txt"), "one\ntwo\n");
        var tracker = new TurnDiffTracker(_dir);
        foreach (var patch in new[]
        {
            "*** Begin Patch\n*** Update File: existing.txt\n one\n-two\n+2\n*** End Patch",
            "*** Begin Patch\n*** Update File: existing.txt\n one\n-2\n+TWO\n*** Add File: sub/new.txt\n+hi\n*** End Patch",
        })
        {
            var plan = PatchApplier.Plan(PatchParser.Parse(patch), _dir);
            tracker.Track(plan);
            PatchApplier.Commit(plan);
        }

        var diff = tracker.Render();
        diff.Should().Contain("diff --git a/existing.txt b/existing.txt\n");
        diff.Should().Contain("--- a/existing.txt\n+++ b/existing.txt\n@@ -1,2 +1,2 @@\n one\n-two\n+TWO\n");
        diff.Should().Contain("new file mode 100644\n");
        diff.Should().Contain("--- /dev/null\n+++ b/sub/new.txt\n@@ -0,0 +1 @@\n+hi\n");
        diff.Should().NotContain("+2\n");
    }

    [Fact]
    public void Unified_hunks_split_distant_changes()
    {
        var before = string.Join("\n", Enumerable.Range(1, 20)) + "\n";
        var lines = Enumerable.Range(1, 20).Select(i => i.ToString()).ToList();
        lines[1] = "two";
        lines[18] = "nineteen";
        var after = string.Join("\n", lines) + "\n";
        var hunks = LineDiff.Hunks(before, after);
        hunks.Should().StartWith("@@ -1,5 +1,5 @@\n 1\n-2\n+two\n 3\n");
        hunks.Should().Contain("@@ -16,5 +16,5 @@\n 16\n 17\n 18\n-19\n+nineteen\n 20\n");
    }

    [Fact]
    public void Git_blob_ids_match_git()
    {
        // `printf 'hello\n' | git hash-object --stdin`
        TurnDiffTracker.BlobId("hello\n").Should().Be("ce013625030ba8dba906f756967f9e9ca394464a");
    }

    [Fact]
    public void Targets_resolve_links_and_a_write_through_a_file_link_keeps_the_link()
    {
        var outside = Directory.CreateTempSubdirectory("tools-patch-outside-").FullName;
        try
        {
            File.WriteAllText(P("real.txt"), "one\ntwo\n");
            File.CreateSymbolicLink(P("inlink"), P("real.txt"));
            Directory.CreateSymbolicLink(P("dirlink"), outside);
            File.CreateSymbolicLink(P("dellink"), Path.Combine(outside, "kept.txt"));
            File.WriteAllText(Path.Combine(outside, "kept.txt"), "kept");

            var plan = PatchApplier.Plan(PatchParser.Parse(
                "*** Begin Patch\n*** Update File: inlink\n one\n-two\n+2\n*** Add File: dirlink/new.txt\n+x\n*** Delete File: dellink\n*** End Patch"), _dir);

            plan.Changes.Select(c => c.Target).Should().Equal(P("real.txt"), Path.Combine(outside, "new.txt"), P("dellink"));
            PatchApplier.Commit(plan);
            new FileInfo(P("inlink")).LinkTarget.Should().Be(P("real.txt"));
            File.ReadAllText(P("real.txt")).Should().Be("one\n2\n");
            Path.Exists(P("dellink")).Should().BeFalse();
            File.ReadAllText(Path.Combine(outside, "kept.txt")).Should().Be("kept");
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public void Commit_writes_nothing_when_a_link_changed_after_the_plan_was_checked()
    {
        var outside = Directory.CreateTempSubdirectory("tools-patch-outside-").FullName;
        try
        {
            Directory.CreateDirectory(P("sub"));
            var plan = PatchApplier.Plan(PatchParser.Parse("*** Begin Patch\n*** Add File: first.txt\n+1\n*** Add File: sub/x.txt\n+x\n*** End Patch"), _dir);
            plan.Changes[1].Target.Should().Be(P("sub/x.txt"));

            // A background command swaps the checked folder for a link out of the workspace.
            Directory.Delete(P("sub"));
            Directory.CreateSymbolicLink(P("sub"), outside);

            var commit = () => PatchApplier.Commit(plan);
            commit.Should().Throw<IOException>().WithMessage("*symbolic link changed*");
            File.Exists(Path.Combine(outside, "x.txt")).Should().BeFalse();
            File.Exists(P("first.txt")).Should().BeFalse("nothing is written once a target moved");
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }
}
