@platform-uni-authorize @source-002
Feature: @uni/authorize — auth_base is authorized silently in the Alipay container
  Source: seed 002_e6de7b55752006f3.txt (@uni/authorize, https://www.npmjs.com/package/@uni/authorize), section
  "scope 列表": auth_base | 静默授权，不会发起授权浮窗。在支付宝客户端获取 auth_code，传入服务端调用
  alipay.system.oauth.token 接口获取支付宝会员标识（user_id） | 支持: 阿里小程序; section "返回：<Response>（不通用）":
  response.authCode 授权码 (注意：只有支付宝小程序有返回). The spec marks the scope `consent: silent`.
  Its API is my.getAuthCode: the seed's API column for auth_base repeats scope.calendar's (see uni-authorize.yaml).
  No answer is given, and the seed does not say whether anything is recorded, so records are not judged.

  @req-UNI-SILENT-CALL @behaviour-never-asked-call
  Scenario: my.getAuthCode for auth_base in the alipay container succeeds without asking the user
    Given an app using @uni/authorize in the "alipay" container
    When the app calls "my.getAuthCode"
    Then the call succeeds
    And no prompt is shown

  @req-UNI-SILENT-AUTHORIZE @behaviour-response-fields
  Scenario: authorize() for auth_base in the alipay container succeeds without a prompt and returns authCode
    Given an app using @uni/authorize in the "alipay" container
    When the app asks ahead for "auth_base"
    Then the request succeeds
    And no prompt is shown
    And the response carries "authCode, authErrorScopes, authSuccessScopes"
    And the port ran success or fail as the outcome says, then complete, each once, and its Promise settled the same way
    And the port asked the container for "auth_base" under the container's name for it

  @req-UNI-SILENT-PROMISE @behaviour-promise-form
  Scenario: authorize() as a Promise for auth_base in the alipay container resolves without a prompt
    Given an app using @uni/authorize in the "alipay" container
    When the app awaits authorize for "auth_base" as a Promise
    Then the Promise resolves
    And no prompt is shown
