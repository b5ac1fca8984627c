using System.Text.Json.Serialization;

namespace AppServer.Protocol.Account;

/// <summary>ChatGPT plan of an account.</summary>
public enum PlanType
{
    /// <summary><c>free</c>.</summary>
    [JsonStringEnumMemberName("free")]
    Free,

    /// <summary><c>go</c>.</summary>
    [JsonStringEnumMemberName("go")]
    Go,

    /// <summary><c>plus</c>.</summary>
    [JsonStringEnumMemberName("plus")]
    Plus,

    /// <summary><c>pro</c>.</summary>
    [JsonStringEnumMemberName("pro")]
    Pro,

    /// <summary><c>prolite</c>.</summary>
    [JsonStringEnumMemberName("prolite")]
    Prolite,

    /// <summary><c>promax</c>.</summary>
    [JsonStringEnumMemberName("promax")]
    Promax,

    /// <summary><c>team</c>.</summary>
    [JsonStringEnumMemberName("team")]
    Team,

    /// <summary><c>self_serve_business_prolite</c>.</summary>
    [JsonStringEnumMemberName("self_serve_business_prolite")]
    SelfServeBusinessProlite,

    /// <summary><c>self_serve_business_usage_based</c>.</summary>
    [JsonStringEnumMemberName("self_serve_business_usage_based")]
    SelfServeBusinessUsageBased,

    /// <summary><c>business</c>.</summary>
    [JsonStringEnumMemberName("business")]
    Business,

    /// <summary><c>ent26</c>.</summary>
    [JsonStringEnumMemberName("ent26")]
    Ent26,

    /// <summary><c>enterprise_cbp_automation</c>.</summary>
    [JsonStringEnumMemberName("enterprise_cbp_automation")]
    EnterpriseCbpAutomation,

    /// <summary><c>enterprise_cbp_usage_based</c>.</summary>
    [JsonStringEnumMemberName("enterprise_cbp_usage_based")]
    EnterpriseCbpUsageBased,

    /// <summary><c>enterprise</c>.</summary>
    [JsonStringEnumMemberName("enterprise")]
    Enterprise,

    /// <summary><c>edu</c>.</summary>
    [JsonStringEnumMemberName("edu")]
    Edu,

    /// <summary><c>edu_plus</c>.</summary>
    [JsonStringEnumMemberName("edu_plus")]
    EduPlus,

    /// <summary><c>edu_pro</c>.</summary>
    [JsonStringEnumMemberName("edu_pro")]
    EduPro,

    /// <summary><c>sci</c>.</summary>
    [JsonStringEnumMemberName("sci")]
    Sci,

    /// <summary><c>sci_plus</c>.</summary>
    [JsonStringEnumMemberName("sci_plus")]
    SciPlus,

    /// <summary><c>unknown</c>.</summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown,
}
