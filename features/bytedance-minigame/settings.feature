@platform-bytedance-minigame @source-public
Feature: ByteDance (Douyin) mini-game — reading the settings, the settings page, switching
  Sources: the mini-game tt.getSetting page https://developer.open-douyin.com/docs/resource/zh-CN/mini-game/develop/api/open-capacity/user-information/set/tt-get-setting
  (结果中只会包含小程序向用户请求过的权限; authSetting: scope.* boolean 是否授权) — true granted, false refused, a scope
  never asked left out; the mini-game 用户授权 guide https://developer.open-douyin.com/docs/resource/zh-CN/mini-game/develop/guide/basic-function/authorization
  ("⚠️ 注意": 只有已经提示过用户授权的权限才会出现在授权设置页面内; "用户授权": 用户之后如果又通过设置页修改了授权，再次调用结果也会随之变化).

  @req-BDG-GET-SETTING @behaviour-get-setting
  Scenario Outline: getSetting reports granted as true, refused as false and leaves never-asked out (<granted>, <denied>)
    Given a ByteDance mini-game user who granted "<granted>"
    And the user denied "<denied>"
    When the app reads the authorization settings
    Then the call succeeds
    And the settings report "<granted>" as true
    And the settings report "<denied>" as false
    And the settings report "<never>" as absent

    Examples:
      | granted            | denied             | never              |
      | scope.userLocation | scope.record       | scope.album        |
      | scope.record       | scope.album        | scope.camera       |
      | scope.album        | scope.camera       | scope.userLocation |
      | scope.camera       | scope.userLocation | scope.record       |

  @req-BDG-GET-SETTING-EMPTY @behaviour-get-setting
  Scenario: getSetting of a user never asked anything reports no scopes
    Given a ByteDance mini-game user
    When the app reads the authorization settings
    Then the settings report no scopes

  @req-BDG-SETTINGS-PAGE @behaviour-settings-page
  Scenario Outline: The settings page lists only the scopes that were asked for (<granted>, <denied>)
    Given a ByteDance mini-game user who granted "<granted>"
    And the user denied "<denied>"
    When the user opens the settings page
    Then the settings page lists "<granted>, <denied>"

    Examples:
      | granted            | denied             | never              |
      | scope.userLocation | scope.record       | scope.album        |
      | scope.record       | scope.album        | scope.camera       |
      | scope.album        | scope.camera       | scope.userLocation |
      | scope.camera       | scope.userLocation | scope.record       |

  @req-BDG-SETTINGS-PAGE-EMPTY @behaviour-settings-page
  Scenario: The settings page of a user never asked anything lists no scopes
    Given a ByteDance mini-game user
    When the user opens the settings page
    Then the settings page lists no scopes

  @req-BDG-TOGGLE-ON @behaviour-toggle-setting
  Scenario Outline: Switching a refused <scope> on in the settings page lets <api> proceed without a prompt
    Given a ByteDance mini-game user who denied "<scope>"
    When the user switches "<scope>" on in the settings page
    And the app calls "<api>"
    Then the call succeeds
    And no prompt is shown

    Examples:
      | scope              | api                         |
      | scope.userLocation | tt.getLocation              |
      | scope.record       | tt.getRecorderManager.start |
      | scope.album        | tt.saveImageToPhotosAlbum   |
      | scope.camera       | tt.scanCode                 |

  @req-BDG-TOGGLE-OFF @behaviour-toggle-setting
  Scenario Outline: Switching a granted <scope> off in the settings page makes <api> fail without a prompt
    Given a ByteDance mini-game user who granted "<scope>"
    When the user switches "<scope>" off in the settings page
    And the app calls "<api>"
    Then the call fails
    And no prompt is shown

    Examples:
      | scope              | api                         |
      | scope.userLocation | tt.getLocation              |
      | scope.record       | tt.getRecorderManager.start |
      | scope.album        | tt.saveImageToPhotosAlbum   |
      | scope.camera       | tt.scanCode                 |
