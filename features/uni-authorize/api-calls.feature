@platform-uni-authorize @source-002
Feature: @uni/authorize — calling a scoped API in each supported container
  Source: seed 002_e6de7b55752006f3.txt (@uni/authorize, https://www.npmjs.com/package/@uni/authorize), sections
  "authorize" (此类接口调用时…), "scope 列表" (support matrix), "示例" (callback and Promise forms),
  "返回：<Response>（不通用）" (只有支付宝小程序有返回).
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

  @req-UNI-NEVER-ASKED-DENY @behaviour-never-asked-call
  Scenario Outline: <api> asks for a never-asked <scope> in the <container> container; denied, it fails
    Given an app using @uni/authorize in the "<container>" container
    When the app calls "<api>" and the user denies
    Then the user is asked to allow "<scope>"
    And the call fails
    And the error message is unspecified by the sources

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

  @req-UNI-GRANTED-CALL @behaviour-granted-call
  Scenario Outline: <api> on a granted <scope> in the <container> container proceeds without a prompt (every API of the scope)
    Given an app using @uni/authorize in the "<container>" container
    And the user granted "<scope>"
    When the app calls "<api>"
    Then the call succeeds
    And no prompt is shown

    Examples:
      | container | scope                        | api                           |
      | alipay    | scope.userInfo               | getUserInfo                   |
      | alipay    | scope.userInfo               | getOpenUserInfo               |
      | wechat    | scope.userInfo               | getUserInfo                   |
      | wechat    | scope.userInfo               | getOpenUserInfo               |
      | bytedance | scope.userInfo               | getUserInfo                   |
      | bytedance | scope.userInfo               | getOpenUserInfo               |
      | kuaishou  | scope.userInfo               | getUserInfo                   |
      | kuaishou  | scope.userInfo               | getOpenUserInfo               |
      | wechat    | scope.userLocation           | getLocation                   |
      | wechat    | scope.userLocation           | chooseLocation                |
      | bytedance | scope.userLocation           | getLocation                   |
      | bytedance | scope.userLocation           | chooseLocation                |
      | baidu     | scope.userLocation           | getLocation                   |
      | baidu     | scope.userLocation           | chooseLocation                |
      | kuaishou  | scope.userLocation           | getLocation                   |
      | kuaishou  | scope.userLocation           | chooseLocation                |
      | wechat    | scope.userLocationBackground | startLocationUpdateBackground |
      | kuaishou  | scope.userLocationBackground | startLocationUpdateBackground |
      | wechat    | scope.werun                  | getWeRunData                  |
      | wechat    | scope.record                 | startRecord                   |
      | bytedance | scope.record                 | startRecord                   |
      | baidu     | scope.record                 | startRecord                   |
      | kuaishou  | scope.record                 | startRecord                   |
      | alipay    | scope.writePhotosAlbum       | saveImage                     |
      | alipay    | scope.writePhotosAlbum       | saveVideo                     |
      | wechat    | scope.writePhotosAlbum       | saveImage                     |
      | wechat    | scope.writePhotosAlbum       | saveVideo                     |
      | bytedance | scope.writePhotosAlbum       | saveImage                     |
      | bytedance | scope.writePhotosAlbum       | saveVideo                     |
      | baidu     | scope.writePhotosAlbum       | saveImage                     |
      | baidu     | scope.writePhotosAlbum       | saveVideo                     |
      | kuaishou  | scope.writePhotosAlbum       | saveImage                     |
      | kuaishou  | scope.writePhotosAlbum       | saveVideo                     |
      | alipay    | scope.camera                 | scanCode                      |
      | alipay    | scope.camera                 | chooseImage                   |
      | alipay    | scope.camera                 | chooseVideo                   |
      | wechat    | scope.camera                 | scanCode                      |
      | wechat    | scope.camera                 | chooseImage                   |
      | wechat    | scope.camera                 | chooseVideo                   |
      | bytedance | scope.camera                 | scanCode                      |
      | bytedance | scope.camera                 | chooseImage                   |
      | bytedance | scope.camera                 | chooseVideo                   |
      | baidu     | scope.camera                 | scanCode                      |
      | baidu     | scope.camera                 | chooseImage                   |
      | baidu     | scope.camera                 | chooseVideo                   |
      | kuaishou  | scope.camera                 | scanCode                      |
      | kuaishou  | scope.camera                 | chooseImage                   |
      | kuaishou  | scope.camera                 | chooseVideo                   |
      | baidu     | scope.calendar               | addEventOnCalendar            |
      | baidu     | scope.calendar               | deleteEventOnCalendar         |
      | alipay    | auth_zhima                   | zhima.credit.score.brief.get  |

  @req-UNI-DENIED-CALL @behaviour-denied-call
  Scenario Outline: <api> on a denied <scope> in the <container> container fails without a prompt
    Given an app using @uni/authorize in the "<container>" container
    And the user denied "<scope>"
    When the app calls "<api>"
    Then the call fails
    And no prompt is shown
    And the error message is unspecified by the sources

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
