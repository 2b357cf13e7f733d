@platform-uni-authorize @source-002
Feature: @uni/authorize — authorize() in callback and Promise form, and Alipay's response
  Source: seed 002_e6de7b55752006f3.txt (@uni/authorize, https://www.npmjs.com/package/@uni/authorize), sections
  "authorize" (此类接口调用时…), "scope 列表" (support matrix), "示例" (callback and Promise forms),
  "返回：<Response>（不通用）" (只有支付宝小程序有返回).
  示例: authorize({scope, success, fail, complete}) and authorize({scope}).then(…). The port does not say whether
  authorize() asks ahead of use in every container, so its outcome and prompts are not judged; only Alipay
  returns authCode, authErrorScopes and authSuccessScopes (注意：只有支付宝小程序有返回).
  The Target SPI carries no call form: a target runs authorize() in the form it implements.

  @req-UNI-AUTHORIZE-CALLBACK @behaviour-authorize-ahead
  Scenario Outline: authorize() with callbacks for <scope> in the <container> container is not described further
    Given an app using @uni/authorize in the "<container>" container
    When the app asks ahead for "<scope>" and the user allows
    Then the outcome is unspecified by the sources

    Examples:
      | container | scope                        |
      | alipay    | scope.userInfo               |
      | wechat    | scope.userInfo               |
      | bytedance | scope.userInfo               |
      | kuaishou  | scope.userInfo               |
      | wechat    | scope.userLocation           |
      | bytedance | scope.userLocation           |
      | baidu     | scope.userLocation           |
      | kuaishou  | scope.userLocation           |
      | wechat    | scope.userLocationBackground |
      | kuaishou  | scope.userLocationBackground |
      | wechat    | scope.werun                  |
      | wechat    | scope.record                 |
      | bytedance | scope.record                 |
      | baidu     | scope.record                 |
      | kuaishou  | scope.record                 |
      | alipay    | scope.writePhotosAlbum       |
      | wechat    | scope.writePhotosAlbum       |
      | bytedance | scope.writePhotosAlbum       |
      | baidu     | scope.writePhotosAlbum       |
      | kuaishou  | scope.writePhotosAlbum       |
      | alipay    | scope.camera                 |
      | wechat    | scope.camera                 |
      | bytedance | scope.camera                 |
      | baidu     | scope.camera                 |
      | kuaishou  | scope.camera                 |
      | baidu     | scope.calendar               |

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
