@platform-uni-authorize @source-002
Feature: @uni/authorize — authorize() in callback and Promise form, and Alipay's response
  Source: seed 002_e6de7b55752006f3.txt (@uni/authorize, https://www.npmjs.com/package/@uni/authorize), sections
  "authorize" (此类接口调用时…), "scope 列表" (support matrix), "示例" (callback and Promise forms),
  "返回：<Response>（不通用）" (只有支付宝小程序有返回).
  示例: authorize({scope, success, fail, complete}) and authorize({scope}).then(…): authorize() is the port's own
  call for a scope, and the port's consent model (section "authorize") decides it: never asked → the user is asked,
  allowed → success, denied → fail; granted → no prompt; denied earlier → fail without a prompt. 参数: options.scope
  is required (必选 是); what authorize() does without it is not stated. Only Alipay returns authCode,
  authErrorScopes and authSuccessScopes (注意：只有支付宝小程序有返回).
  The Target SPI carries no call form: a target runs authorize() in the form it implements.
  A target that hosts a JavaScript port (the Node host, docs/node-host.md) also reports how the port ran the call;
  two steps read it (they have nothing to check on any other target): 参数 names options.success 成功的回调,
  options.fail 失败的回调 and options.complete 结束的回调, read as: success or fail once as the outcome says, then
  complete once; 示例 shows the Promise form (.then on success), read as: it settles as the callbacks do. The scope
  the port hands to its container must be the container's name for it (scope 列表; uni-authorize.yaml nativeNames,
  scope.album on ByteDance), else the port's own id.

  @req-UNI-AUTHORIZE-CALLBACK @behaviour-authorize-ahead
  Scenario Outline: authorize() for a never-asked <scope> in the <container> container asks the user; allowed, it succeeds
    Given an app using @uni/authorize in the "<container>" container
    When the app asks ahead for "<scope>" and the user allows
    Then the user is asked to allow "<scope>"
    And the call succeeds
    And the port ran success or fail as the outcome says, then complete, each once, and its Promise settled the same way
    And the port asked the container for "<scope>" under the container's name for it

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

  @req-UNI-AUTHORIZE-DENY @behaviour-authorize-ahead
  Scenario Outline: authorize() for a never-asked <scope> in the <container> container asks the user; denied, it fails
    Given an app using @uni/authorize in the "<container>" container
    When the app asks ahead for "<scope>" and the user denies
    Then the user is asked to allow "<scope>"
    And the call fails
    And the error message is unspecified by the sources
    And the port ran success or fail as the outcome says, then complete, each once, and its Promise settled the same way
    And the port asked the container for "<scope>" under the container's name for it

    Examples:
      | container | scope                  |
      | alipay    | scope.camera           |
      | wechat    | scope.userLocation     |
      | bytedance | scope.writePhotosAlbum |
      | baidu     | scope.record           |
      | kuaishou  | scope.camera           |

  @req-UNI-AUTHORIZE-GRANTED @behaviour-authorize-ahead
  Scenario Outline: authorize() for a granted <scope> in the <container> container succeeds without a prompt
    Given an app using @uni/authorize in the "<container>" container
    And the user granted "<scope>"
    When the app asks ahead for "<scope>"
    Then the call succeeds
    And no prompt is shown
    And the port ran success or fail as the outcome says, then complete, each once, and its Promise settled the same way
    And the port asked the container for "<scope>" under the container's name for it

    Examples:
      | container | scope                  |
      | alipay    | scope.camera           |
      | wechat    | scope.userLocation     |
      | bytedance | scope.writePhotosAlbum |
      | baidu     | scope.record           |
      | kuaishou  | scope.camera           |

  @req-UNI-AUTHORIZE-DENIED @behaviour-authorize-ahead
  Scenario Outline: authorize() for a denied <scope> in the <container> container fails without a prompt
    Given an app using @uni/authorize in the "<container>" container
    And the user denied "<scope>"
    When the app asks ahead for "<scope>"
    Then the call fails
    And no prompt is shown
    And the error message is unspecified by the sources
    And the port ran success or fail as the outcome says, then complete, each once, and its Promise settled the same way
    And the port asked the container for "<scope>" under the container's name for it

    Examples:
      | container | scope                  |
      | alipay    | scope.camera           |
      | wechat    | scope.userLocation     |
      | bytedance | scope.writePhotosAlbum |
      | baidu     | scope.record           |
      | kuaishou  | scope.camera           |

  @req-UNI-AUTHORIZE-NO-SCOPE @behaviour-authorize-ahead
  Scenario Outline: authorize() without a scope in the <container> container is not described
    Given an app using @uni/authorize in the "<container>" container
    When the app calls authorize without a scope
    Then the outcome is unspecified by the sources
    And the prompts are unspecified by the sources

    Examples:
      | container |
      | alipay    |
      | wechat    |
      | bytedance |
      | baidu     |
      | kuaishou  |

  @req-UNI-AUTHORIZE-PROMISE @behaviour-promise-form
  Scenario Outline: authorize() as a Promise for a never-asked <scope> in the <container> container asks the user; allowed, it resolves
    Given an app using @uni/authorize in the "<container>" container
    When the app awaits authorize for "<scope>" as a Promise and the user allows
    Then the user is asked to allow "<scope>"
    And the Promise resolves
    And the port ran success or fail as the outcome says, then complete, each once, and its Promise settled the same way
    And the port asked the container for "<scope>" under the container's name for it

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

  @req-UNI-ALIPAY-RESPONSE-DENIED @behaviour-response-fields
  Scenario Outline: In the Alipay container what a refused authorize() for <scope> returns is not described by the seed
    # Seed 002 返回：<Response>（不通用） lists the three fields without saying which callback carries them, so a
    # refused authorize() is not required to return them.
    Given an app using @uni/authorize in the "alipay" container
    When the app asks ahead for "<scope>" and the user denies
    Then the response fields are unspecified by the sources

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
