"""Writes the @uni/authorize outlines from seed 002's support matrix (run from the repo root)."""

def table(header, rows):
    w = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    line = lambda r: "      | " + " | ".join(str(c).ljust(w[i]) for i, c in enumerate(r)) + " |"
    return "\n".join([line(header)] + [line(r) for r in rows])

containers = ["alipay", "wechat", "bytedance", "baidu", "kuaishou"]
# scope, api, supported containers — seed 002 "scope 列表", icons read by title.
matrix = [
    ("scope.userInfo", "getUserInfo", {"alipay", "wechat", "bytedance", "kuaishou"}),
    ("scope.userLocation", "getLocation", {"wechat", "bytedance", "baidu", "kuaishou"}),
    ("scope.userLocationBackground", "startLocationUpdateBackground", {"wechat", "kuaishou"}),
    ("scope.werun", "getWeRunData", {"wechat"}),
    ("scope.record", "startRecord", {"wechat", "bytedance", "baidu", "kuaishou"}),
    ("scope.writePhotosAlbum", "saveImage", set(containers)),
    ("scope.camera", "scanCode", set(containers)),
    ("scope.calendar", "addEventOnCalendar", {"baidu"}),
    ("auth_zhima", "zhima.credit.score.brief.get", {"alipay"}),
]
supported = [(c, s, a) for s, a, cs in matrix for c in containers if c in cs]
unsupported = [(c, s, a) for s, a, cs in matrix for c in containers if c not in cs]
# scope.album is ByteDance's own name for scope.writePhotosAlbum; the port's scope id is used for the call.
calls = [r for r in supported]
SRC = ("seed 002_e6de7b55752006f3.txt (@uni/authorize, https://www.npmjs.com/package/@uni/authorize), sections\n"
       "  \"authorize\" (此类接口调用时…), \"scope 列表\" (support matrix), \"示例\" (callback and Promise forms),\n"
       "  \"返回：<Response>（不通用）\" (只有支付宝小程序有返回)")

f = f"""@platform-uni-authorize @source-002
Feature: @uni/authorize — calling a scoped API in each supported container
  Source: {SRC}.
  如果用户未接受或拒绝过此权限，会弹窗询问用户，用户点击同意后方可调用接口；如果用户已授权，可以直接调用接口；
  如果用户已拒绝授权，则不会出现弹窗，而是直接进入接口 fail 回调。 Rows walk every (scope, container) pair the
  matrix marks as supported; the API is the first the matrix names for the scope. The port documents no errMsg.
  The states 已授权 / 已拒绝 exist only if the port keeps the user's answer (uni-authorize behaviour.recordKept:
  after-explicit-answer), so "the user granted / denied" is set up by calling the API and answering its prompt.
  auth_base (静默授权，不会发起授权浮窗) never prompts and has no answer to keep: see silent-scope.feature.

  @req-UNI-NEVER-ASKED-CALL @behaviour-never-asked-call
  Scenario Outline: <api> asks for a never-asked <scope> in the <container> container; allowed, it proceeds
    Given an app using @uni/authorize in the "<container>" container
    When the app calls "<api>" and the user allows
    Then the call succeeds

    Examples:
{table(["container", "scope", "api"], calls)}

  @req-UNI-NEVER-ASKED-DENY @behaviour-never-asked-call
  Scenario Outline: <api> asks for a never-asked <scope> in the <container> container; denied, it fails
    Given an app using @uni/authorize in the "<container>" container
    When the app calls "<api>" and the user denies
    Then the call fails
    And the error message is unspecified by the sources

    Examples:
{table(["container", "scope", "api"], calls)}

  @req-UNI-GRANTED-CALL @behaviour-granted-call
  Scenario Outline: <api> on a granted <scope> in the <container> container proceeds without a prompt
    Given an app using @uni/authorize in the "<container>" container
    And the user granted "<scope>"
    When the app calls "<api>"
    Then the call succeeds
    And no prompt is shown

    Examples:
{table(["container", "scope", "api"], calls)}

  @req-UNI-DENIED-CALL @behaviour-denied-call
  Scenario Outline: <api> on a denied <scope> in the <container> container fails without a prompt
    Given an app using @uni/authorize in the "<container>" container
    And the user denied "<scope>"
    When the app calls "<api>"
    Then the call fails
    And no prompt is shown
    And the error message is unspecified by the sources

    Examples:
{table(["container", "scope", "api"], calls)}
"""
open("features/uni-authorize/api-calls.feature", "w").write(f)

f = f"""@platform-uni-authorize @source-002 @behaviour-container-support
Feature: @uni/authorize — which scopes each container supports
  Source: {SRC}.
  The "scope 列表" table marks, per scope, the containers that support it (阿里小程序 alipay, 微信小程序 wechat,
  字节跳动小程序 bytedance, 百度小程序 baidu, 快手小程序 kuaishou). Supported pairs are asked for like any scope; what
  the port does with a scope its container does not support is not described.

  @req-UNI-SUPPORTED
  Scenario Outline: <scope> is supported in the <container> container: the first call asks the user
    Given an app using @uni/authorize in the "<container>" container
    When the app calls "<api>" and the user allows
    Then the call succeeds

    Examples:
{table(["container", "scope", "api"], supported)}

  @req-UNI-UNSUPPORTED
  Scenario Outline: <scope> is not supported in the <container> container: the result is not described
    Given an app using @uni/authorize in the "<container>" container
    When the app calls "<api>"
    Then the outcome is unspecified by the sources
    And the prompts are unspecified by the sources

    Examples:
{table(["container", "scope", "api"], unsupported)}
"""
open("features/uni-authorize/container-support.feature", "w").write(f)

auth_rows = [(c, s) for c, s, a in supported if s != "auth_zhima"]
f = f"""@platform-uni-authorize @source-002
Feature: @uni/authorize — authorize() in callback and Promise form, and Alipay's response
  Source: {SRC}.
  示例: authorize({{scope, success, fail, complete}}) and authorize({{scope}}).then(…). The port does not say whether
  authorize() asks ahead of use in every container, so its outcome and prompts are not judged; only Alipay
  returns authCode, authErrorScopes and authSuccessScopes (注意：只有支付宝小程序有返回).
  The Target SPI carries no call form: a target runs authorize() in the form it implements.

  @req-UNI-AUTHORIZE-CALLBACK @behaviour-authorize-ahead
  Scenario Outline: authorize() with callbacks for <scope> in the <container> container is not described further
    Given an app using @uni/authorize in the "<container>" container
    When the app asks ahead for "<scope>" and the user allows
    Then the outcome is unspecified by the sources

    Examples:
{table(["container", "scope"], auth_rows)}

  @req-UNI-AUTHORIZE-PROMISE @behaviour-promise-form
  Scenario Outline: authorize() as a Promise for <scope> in the <container> container is not described further
    Given an app using @uni/authorize in the "<container>" container
    When the app awaits authorize for "<scope>" as a Promise and the user allows
    Then the outcome is unspecified by the sources

    Examples:
      | container | scope              |
      | wechat    | scope.userLocation |
      | bytedance | scope.record       |
      | kuaishou  | scope.camera       |

  @req-UNI-ALIPAY-RESPONSE @behaviour-response-fields
  Scenario Outline: In the Alipay container authorize() for <scope> returns authCode, authErrorScopes and authSuccessScopes
    Given an app using @uni/authorize in the "alipay" container
    When the app asks ahead for "<scope>" and the user allows
    Then the response carries "authCode, authErrorScopes, authSuccessScopes"

    Examples:
      | scope                  |
      | scope.userInfo         |
      | scope.writePhotosAlbum |
      | scope.camera           |
      | auth_zhima             |

  @req-UNI-NO-RESPONSE-ELSEWHERE @behaviour-response-fields
  Scenario Outline: In the <container> container authorize() returns none of Alipay's response fields
    Given an app using @uni/authorize in the "<container>" container
    When the app asks ahead for "scope.camera" and the user allows
    Then the response carries no platform fields

    Examples:
      | container |
      | wechat    |
      | bytedance |
      | baidu     |
      | kuaishou  |
"""
open("features/uni-authorize/authorize.feature", "w").write(f)
