@platform-uni-authorize @source-002 @behaviour-container-support
Feature: @uni/authorize — which scopes each container supports
  Source: seed 002_e6de7b55752006f3.txt (@uni/authorize, https://www.npmjs.com/package/@uni/authorize), sections
  "authorize" (此类接口调用时…), "scope 列表" (support matrix), "示例" (callback and Promise forms),
  "返回：<Response>（不通用）" (只有支付宝小程序有返回).
  The "scope 列表" table marks, per scope, the containers that support it (阿里小程序 alipay, 微信小程序 wechat,
  字节跳动小程序 bytedance, 百度小程序 baidu, 快手小程序 kuaishou). Supported pairs are asked for like any scope; what
  the port does with a scope its container does not support is not described — neither for a call of the scope's API
  nor for authorize() of the scope (UNI-UNSUPPORTED-AUTHORIZE: a port host's check records keep what the port did).

  @req-UNI-SUPPORTED
  Scenario Outline: <scope> is supported in the <container> container: the first call asks the user
    Given an app using @uni/authorize in the "<container>" container
    When the app calls "<api>" and the user allows
    Then the user is asked to allow "<scope>"
    And the call succeeds

    Examples:
      | container | scope                        | api                           |
      | alipay    | scope.userInfo               | getUserInfo                   |
      | wechat    | scope.userInfo               | getUserInfo                   |
      | bytedance | scope.userInfo               | getUserInfo                   |
      | kuaishou  | scope.userInfo               | getUserInfo                   |
      | wechat    | scope.userLocation           | getLocation                   |
      | bytedance | scope.userLocation           | getLocation                   |
      | baidu     | scope.userLocation           | getLocation                   |
      | kuaishou  | scope.userLocation           | getLocation                   |
      | wechat    | scope.userLocationBackground | startLocationUpdateBackground |
      | kuaishou  | scope.userLocationBackground | startLocationUpdateBackground |
      | wechat    | scope.werun                  | getWeRunData                  |
      | wechat    | scope.record                 | startRecord                   |
      | bytedance | scope.record                 | startRecord                   |
      | baidu     | scope.record                 | startRecord                   |
      | kuaishou  | scope.record                 | startRecord                   |
      | alipay    | scope.writePhotosAlbum       | saveImage                     |
      | wechat    | scope.writePhotosAlbum       | saveImage                     |
      | bytedance | scope.writePhotosAlbum       | saveImage                     |
      | baidu     | scope.writePhotosAlbum       | saveImage                     |
      | kuaishou  | scope.writePhotosAlbum       | saveImage                     |
      | alipay    | scope.camera                 | scanCode                      |
      | wechat    | scope.camera                 | scanCode                      |
      | bytedance | scope.camera                 | scanCode                      |
      | baidu     | scope.camera                 | scanCode                      |
      | kuaishou  | scope.camera                 | scanCode                      |
      | baidu     | scope.calendar               | addEventOnCalendar            |
      | alipay    | auth_zhima                   | zhima.credit.score.brief.get  |

  @req-UNI-UNSUPPORTED
  Scenario Outline: <scope> is not supported in the <container> container: the result is not described
    Given an app using @uni/authorize in the "<container>" container
    When the app calls "<api>"
    Then the outcome is unspecified by the sources
    And the prompts are unspecified by the sources

    Examples:
      | container | scope                        | api                           |
      | baidu     | scope.userInfo               | getUserInfo                   |
      | alipay    | scope.userLocation           | getLocation                   |
      | alipay    | scope.userLocationBackground | startLocationUpdateBackground |
      | bytedance | scope.userLocationBackground | startLocationUpdateBackground |
      | baidu     | scope.userLocationBackground | startLocationUpdateBackground |
      | alipay    | scope.werun                  | getWeRunData                  |
      | bytedance | scope.werun                  | getWeRunData                  |
      | baidu     | scope.werun                  | getWeRunData                  |
      | kuaishou  | scope.werun                  | getWeRunData                  |
      | alipay    | scope.record                 | startRecord                   |
      | alipay    | scope.calendar               | addEventOnCalendar            |
      | wechat    | scope.calendar               | addEventOnCalendar            |
      | bytedance | scope.calendar               | addEventOnCalendar            |
      | kuaishou  | scope.calendar               | addEventOnCalendar            |
      | wechat    | auth_zhima                   | zhima.credit.score.brief.get  |
      | bytedance | auth_zhima                   | zhima.credit.score.brief.get  |
      | baidu     | auth_zhima                   | zhima.credit.score.brief.get  |
      | kuaishou  | auth_zhima                   | zhima.credit.score.brief.get  |
      | wechat    | auth_base                    | my.getAuthCode                |
      | bytedance | auth_base                    | my.getAuthCode                |
      | baidu     | auth_base                    | my.getAuthCode                |
      | kuaishou  | auth_base                    | my.getAuthCode                |

  @req-UNI-UNSUPPORTED-AUTHORIZE @behaviour-authorize-ahead
  Scenario Outline: authorize() for <scope>, not supported in the <container> container: the result is not described
    Given an app using @uni/authorize in the "<container>" container
    When the app asks ahead for "<scope>"
    Then the outcome is unspecified by the sources
    And the prompts are unspecified by the sources

    Examples:
      | container | scope                        |
      | baidu     | scope.userInfo               |
      | alipay    | scope.userLocation           |
      | alipay    | scope.userLocationBackground |
      | bytedance | scope.userLocationBackground |
      | baidu     | scope.userLocationBackground |
      | alipay    | scope.werun                  |
      | bytedance | scope.werun                  |
      | baidu     | scope.werun                  |
      | kuaishou  | scope.werun                  |
      | alipay    | scope.record                 |
      | alipay    | scope.calendar               |
      | wechat    | scope.calendar               |
      | bytedance | scope.calendar               |
      | kuaishou  | scope.calendar               |
      | wechat    | auth_zhima                   |
      | bytedance | auth_zhima                   |
      | baidu     | auth_zhima                   |
      | kuaishou  | auth_zhima                   |
      | wechat    | auth_base                    |
      | bytedance | auth_base                    |
      | baidu     | auth_base                    |
      | kuaishou  | auth_base                    |
