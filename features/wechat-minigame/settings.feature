@platform-wechat-minigame @source-004
Feature: WeChat mini-game — reading the settings, the settings page, switching, deleting the app
  Sources: seed 004_fbe78417d07fe0d6.txt (WeChat mini-game "用户授权", sections 调用接口发起授权, 提前发起授权,
  处理用户拒绝授权, 获取用户授权设置, 引导用户重新授权, 重置授权记录, Scope 列表); seed 003 for scope.userInfo (小游戏可继续调用)
  Seed 004 "获取用户授权设置": wx.getSetting's authSetting says true (granted), false (denied) or leaves the scope
  out (never asked). "引导用户重新授权": 注意：只有申请过授权的 scope 会出现在设置页面 — the user switches scopes
  there. "重置授权记录": deleting the app from the list clears every allowed and denied record.

  @req-WMG-GET-SETTING @behaviour-get-setting
  Scenario Outline: getSetting reports granted as true, denied as false and leaves never-asked out (<granted>, <denied>, <never>)
    Given a WeChat mini-game user who granted "<granted>"
    And the user denied "<denied>"
    When the app reads the authorization settings
    Then the call succeeds
    And the settings report "<granted>" as true
    And the settings report "<denied>" as false
    And the settings report "<never>" as absent

    Examples:
      | granted                | denied                 | never                  |
      | scope.userInfo         | scope.userLocation     | scope.werun            |
      | scope.userLocation     | scope.werun            | scope.record           |
      | scope.werun            | scope.record           | scope.writePhotosAlbum |
      | scope.record           | scope.writePhotosAlbum | scope.userInfo         |
      | scope.writePhotosAlbum | scope.userInfo         | scope.userLocation     |

  @req-WMG-GET-SETTING-EMPTY @behaviour-get-setting
  Scenario: getSetting of a user never asked anything reports no scopes
    Given a WeChat mini-game user
    When the app reads the authorization settings
    Then the settings report no scopes

  @req-WMG-SETTINGS-PAGE @behaviour-settings-page
  Scenario Outline: The settings page lists only the scopes that were asked for (<granted>, <denied>)
    Given a WeChat mini-game user who granted "<granted>"
    And the user denied "<denied>"
    When the user opens the settings page
    Then the settings page lists "<granted>, <denied>"

    Examples:
      | granted                | denied                 | never                  |
      | scope.userInfo         | scope.userLocation     | scope.werun            |
      | scope.userLocation     | scope.werun            | scope.record           |
      | scope.werun            | scope.record           | scope.writePhotosAlbum |
      | scope.record           | scope.writePhotosAlbum | scope.userInfo         |
      | scope.writePhotosAlbum | scope.userInfo         | scope.userLocation     |

  @req-WMG-SETTINGS-PAGE-EMPTY @behaviour-settings-page
  Scenario: The settings page of a user never asked anything lists no scopes
    Given a WeChat mini-game user
    When the user opens the settings page
    Then the settings page lists no scopes

  @req-WMG-TOGGLE-ON @behaviour-toggle-setting
  Scenario Outline: Switching a denied <scope> on in the settings page lets the call proceed without a prompt
    Given a WeChat mini-game user who denied "<scope>"
    When the user switches "<scope>" on in the settings page
    And the app calls "<api>"
    Then the call succeeds
    And no prompt is shown

    Examples:
      | scope                  | api                       |
      | scope.userInfo         | wx.getUserInfo            |
      | scope.userLocation     | wx.getLocation            |
      | scope.werun            | wx.getWeRunData           |
      | scope.record           | wx.startRecord            |
      | scope.writePhotosAlbum | wx.saveImageToPhotosAlbum |

  @req-WMG-TOGGLE-OFF @behaviour-toggle-setting
  Scenario Outline: Switching a granted <scope> off in the settings page leaves what a later call does undescribed
    # The WeChat pages read document switching a scope on (开启授权), not what switching it off records, so the
    # call after it is not required to fail like a refusal with "auth deny" (openSettingToggle: switch-on-only).
    Given a WeChat mini-game user who granted "<scope>"
    When the user switches "<scope>" off in the settings page
    And the app calls "<api>"
    Then the outcome is unspecified by the sources
    And the error message is unspecified by the sources
    And the prompts are unspecified by the sources

    Examples:
      | scope                  | api                       |
      | scope.userInfo         | wx.getUserInfo            |
      | scope.userLocation     | wx.getLocation            |
      | scope.werun            | wx.getWeRunData           |
      | scope.record           | wx.startRecord            |
      | scope.writePhotosAlbum | wx.saveImageToPhotosAlbum |

  @req-WMG-DELETE-APP @behaviour-delete-app
  Scenario Outline: Deleting the app clears every allowed and denied record (<granted>, <denied>)
    Given a WeChat mini-game user who granted "<granted>"
    And the user denied "<denied>"
    When the user deletes the app
    And the app reads the authorization settings
    Then the settings report no scopes

    Examples:
      | granted                | denied                 | never                  |
      | scope.userInfo         | scope.userLocation     | scope.werun            |
      | scope.userLocation     | scope.werun            | scope.record           |
      | scope.werun            | scope.record           | scope.writePhotosAlbum |
      | scope.record           | scope.writePhotosAlbum | scope.userInfo         |
      | scope.writePhotosAlbum | scope.userInfo         | scope.userLocation     |

  @req-WMG-DELETE-APP-ASKS-AGAIN @behaviour-delete-app
  Scenario Outline: After deleting the app a denied <scope> is asked for again
    Given a WeChat mini-game user who denied "<scope>"
    When the user deletes the app
    And the app calls "<api>" and the user allows
    Then the user is asked to allow "<scope>"
    And the call succeeds

    Examples:
      | scope                  | api                       |
      | scope.userInfo         | wx.getUserInfo            |
      | scope.userLocation     | wx.getLocation            |
      | scope.werun            | wx.getWeRunData           |
      | scope.record           | wx.startRecord            |
      | scope.writePhotosAlbum | wx.saveImageToPhotosAlbum |
