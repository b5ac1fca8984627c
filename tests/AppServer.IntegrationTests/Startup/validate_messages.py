"""Validates recorded app-server messages against the vendored reference JSON Schema.

usage: validate_messages.py SCHEMA_DIR RECORDS.jsonl
Each record is {"kind": "response", "method": M, "msg": {...}} | {"kind": "notification", "msg": {...}}
| {"kind": "serverRequest", "msg": {...}}. Prints one problem per line; exit 1 when there is any.

- a response is checked against <Name>Response.json (v2/, v1/ or top level), <Name> taken from the
  method's params type in ClientRequest.json (<Name>Params) or, for the methods named irregularly, the
  table below; an error response must be {code: int, message: str};
- a notification / server request against the ServerNotification.json / ServerRequest.json branch
  whose `method` enum names it (an unknown method is a problem).
"""
import json
import os
import sys

import jsonschema

# Methods whose response type is not <X>Response for params type <X>Params.
IRREGULAR_RESPONSES = {
    "config/value/write": "ConfigWriteResponse",
    "config/batchWrite": "ConfigWriteResponse",
    "configRequirements/read": "ConfigRequirementsReadResponse",
    "account/logout": "LogoutAccountResponse",
    "account/rateLimits/read": "GetAccountRateLimitsResponse",
    "account/usage/read": "GetAccountTokenUsageResponse",
    "account/securitySetup/read": "GetAccountSecuritySetupResponse",
    "account/workspaceMessages/read": "GetWorkspaceMessagesResponse",
    "account/gatewayOAuth/read": "GatewayOAuthReadResponse",
    "account/gatewayOAuth/login": "GatewayOAuthLoginResponse",
    "account/gatewayOAuth/cancel": "GatewayOAuthCancelResponse",
    "config/mcpServer/reload": "McpServerRefreshResponse",
    "windowsSandbox/readiness": "WindowsSandboxReadinessResponse",
    "externalAgentConfig/import/readHistories": "ExternalAgentConfigImportHistoriesReadResponse",
    "accountSession/list": "AccountSessionsResponse",
    "memory/reset": "MemoryResetResponse",
    "rollout/compress": "RolloutCompressResponse",
    "remoteControl/enable": "RemoteControlEnableResponse",
    "remoteControl/disable": "RemoteControlDisableResponse",
    "remoteControl/status/read": "RemoteControlStatusReadResponse",
}


def load(schema_dir, *parts):
    with open(os.path.join(schema_dir, *parts)) as f:
        return json.load(f)


def branches(schema_dir, file):
    root = load(schema_dir, file)
    out = {}
    for branch in root["oneOf"]:
        schema = dict(branch, definitions=root.get("definitions", {}))
        out[branch["properties"]["method"]["enum"][0]] = jsonschema.Draft7Validator(schema)
    return out


def response_names(schema_dir):
    names = {}
    for branch in load(schema_dir, "ClientRequest.json")["oneOf"]:
        ref = (branch["properties"].get("params") or {}).get("$ref", "")
        name = ref.rsplit("/", 1)[-1]
        if name.endswith("Params"):
            names[branch["properties"]["method"]["enum"][0]] = name[: -len("Params")] + "Response"
    names.update(IRREGULAR_RESPONSES)
    return names


def main(schema_dir, records):
    names = response_names(schema_dir)
    notifications = branches(schema_dir, "ServerNotification.json")
    server_requests = branches(schema_dir, "ServerRequest.json")
    response_validators = {}

    def response_validator(name):
        if name not in response_validators:
            response_validators[name] = None
            for sub in ("v2", "v1", ""):
                path = os.path.join(schema_dir, sub, name + ".json")
                if os.path.exists(path):
                    response_validators[name] = jsonschema.Draft7Validator(load(schema_dir, sub, name + ".json"))
                    break
        return response_validators[name]

    def errors(validator, instance, label):
        return [f"{label}: {e.message[:300]} at /{'/'.join(str(p) for p in e.absolute_path)}"
                for e in list(validator.iter_errors(instance))[:5]]

    problems = []
    with open(records) as f:
        for line in f:
            rec = json.loads(line)
            msg, kind = rec["msg"], rec["kind"]
            if kind == "response":
                method = rec["method"]
                if "error" in msg:
                    err = msg["error"]
                    if not isinstance(err, dict) or not isinstance(err.get("code"), int) or not isinstance(err.get("message"), str):
                        problems.append(f"response to {method}: malformed error object {json.dumps(err)[:200]}")
                elif "result" not in msg:
                    problems.append(f"response to {method}: neither result nor error")
                elif method not in names:
                    problems.append(f"response to {method}: not a reference method")
                elif (v := response_validator(names[method])) is None:
                    problems.append(f"response to {method}: no {names[method]}.json in the reference schema")
                else:
                    problems += errors(v, msg["result"], f"response {method} ({names[method]})")
            else:
                table = notifications if kind == "notification" else server_requests
                v = table.get(msg.get("method"))
                if v is None:
                    problems.append(f"{kind}: unknown method {msg.get('method')!r}")
                else:
                    problems += errors(v, msg, f"{kind} {msg.get('method')}")
    print("\n".join(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
