@platform-wechat-miniprogram @source-003 @source-004
Feature: WeChat mini-program — reading the settings, the settings page, switching, deleting the app
  Sources: seed 003_9da539426fe20c1e.txt (WeChat mini-program scope list, section "权限列表"); seed 004_fbe78417d07fe0d6.txt
  (WeChat "用户授权", the general consent model); https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/authorize.html
  Seed 004 "获取用户授权设置": wx.getSetting's authSetting says true (granted), false (denied) or leaves the scope
  out (never asked). "引导用户重新授权": 注意：只有申请过授权的 scope 会出现在设置页面 — the user switches scopes
  there. "重置授权记录": deleting the app from the list clears every allowed and denied record.

  @req-WMP-GET-SETTING @behaviour-get-setting
  Scenario Outline: getSetting reports granted as true, denied as false and leaves never-asked out (<granted>, <denied>, <never>)
    Given a WeChat mini-program user who granted "<granted>"
    And the user denied "<denied>"
    When the app reads the authorization settings
    Then the call succeeds
    And the settings report "<granted>" as true
    And the settings report "<denied>" as false
    And the settings report "<never>" as absent

    Examples:
      | granted                      | denied                       | never                        |
      | scope.userLocation           | scope.userLocationBackground | scope.record                 |
      | scope.userLocationBackground | scope.record                 | scope.camera                 |
      | scope.record                 | scope.camera                 | scope.bluetooth              |
      | scope.camera                 | scope.bluetooth              | scope.writePhotosAlbum       |
      | scope.bluetooth              | scope.writePhotosAlbum       | scope.addPhoneContact        |
      | scope.writePhotosAlbum       | scope.addPhoneContact        | scope.addPhoneCalendar       |
      | scope.addPhoneContact        | scope.addPhoneCalendar       | scope.werun                  |
      | scope.addPhoneCalendar       | scope.werun                  | scope.userLocation           |
      | scope.werun                  | scope.userLocation           | scope.userLocationBackground |

  @req-WMP-GET-SETTING-EMPTY @behaviour-get-setting
  Scenario: getSetting of a user never asked anything reports no scopes
    Given a WeChat mini-program user
    When the app reads the authorization settings
    Then the settings report no scopes

  @req-WMP-SETTINGS-PAGE @behaviour-settings-page
  Scenario Outline: The settings page lists only the scopes that were asked for (<granted>, <denied>)
    Given a WeChat mini-program user who granted "<granted>"
    And the user denied "<denied>"
    When the user opens the settings page
    Then the settings page lists "<granted>, <denied>"

    Examples:
      | granted                      | denied                       | never                        |
      | scope.userLocation           | scope.userLocationBackground | scope.record                 |
      | scope.userLocationBackground | scope.record                 | scope.camera                 |
      | scope.record                 | scope.camera                 | scope.bluetooth              |
      | scope.camera                 | scope.bluetooth              | scope.writePhotosAlbum       |
      | scope.bluetooth              | scope.writePhotosAlbum       | scope.addPhoneContact        |
      | scope.writePhotosAlbum       | scope.addPhoneContact        | scope.addPhoneCalendar       |
      | scope.addPhoneContact        | scope.addPhoneCalendar       | scope.werun                  |
      | scope.addPhoneCalendar       | scope.werun                  | scope.userLocation           |
      | scope.werun                  | scope.userLocation           | scope.userLocationBackground |

  @req-WMP-SETTINGS-PAGE-EMPTY @behaviour-settings-page
  Scenario: The settings page of a user never asked anything lists no scopes
    Given a WeChat mini-program user
    When the user opens the settings page
    Then the settings page lists no scopes

  @req-WMP-TOGGLE-ON @behaviour-toggle-setting
  Scenario Outline: Switching a denied <scope> on in the settings page lets the call proceed without a prompt
    Given a WeChat mini-program user who denied "<scope>"
    When the user switches "<scope>" on in the settings page
    And the app calls "<api>"
    Then the call succeeds
    And no prompt is shown

    Examples:
      | scope                        | api                              |
      | scope.userLocation           | wx.getLocation                   |
      | scope.userLocationBackground | wx.startLocationUpdateBackground |
      | scope.record                 | wx.startRecord                   |
      | scope.camera                 | wx.createVKSession               |
      | scope.bluetooth              | wx.openBluetoothAdapter          |
      | scope.writePhotosAlbum       | wx.saveImageToPhotosAlbum        |
      | scope.addPhoneContact        | wx.addPhoneContact               |
      | scope.addPhoneCalendar       | wx.addPhoneRepeatCalendar        |
      | scope.werun                  | wx.getWeRunData                  |

  @req-WMP-TOGGLE-OFF @behaviour-toggle-setting
  Scenario Outline: Switching a granted <scope> off in the settings page leaves what a later call does undescribed
    # The WeChat pages read document switching a scope on (开启授权), not what switching it off records, so the
    # call after it is not required to fail like a refusal with "auth deny" (openSettingToggle: switch-on-only).
    Given a WeChat mini-program user who granted "<scope>"
    When the user switches "<scope>" off in the settings page
    And the app calls "<api>"
    Then the outcome is unspecified by the sources
    And the error message is unspecified by the sources
    And the prompts are unspecified by the sources

    Examples:
      | scope                        | api                              |
      | scope.userLocation           | wx.getLocation                   |
      | scope.userLocationBackground | wx.startLocationUpdateBackground |
      | scope.record                 | wx.startRecord                   |
      | scope.camera                 | wx.createVKSession               |
      | scope.bluetooth              | wx.openBluetoothAdapter          |
      | scope.writePhotosAlbum       | wx.saveImageToPhotosAlbum        |
      | scope.addPhoneContact        | wx.addPhoneContact               |
      | scope.addPhoneCalendar       | wx.addPhoneRepeatCalendar        |
      | scope.werun                  | wx.getWeRunData                  |

  @req-WMP-DELETE-APP @behaviour-delete-app
  Scenario Outline: Deleting the app clears every allowed and denied record (<granted>, <denied>)
    Given a WeChat mini-program user who granted "<granted>"
    And the user denied "<denied>"
    When the user deletes the app
    And the app reads the authorization settings
    Then the settings report no scopes

    Examples:
      | granted                      | denied                       | never                        |
      | scope.userLocation           | scope.userLocationBackground | scope.record                 |
      | scope.userLocationBackground | scope.record                 | scope.camera                 |
      | scope.record                 | scope.camera                 | scope.bluetooth              |
      | scope.camera                 | scope.bluetooth              | scope.writePhotosAlbum       |
      | scope.bluetooth              | scope.writePhotosAlbum       | scope.addPhoneContact        |
      | scope.writePhotosAlbum       | scope.addPhoneContact        | scope.addPhoneCalendar       |
      | scope.addPhoneContact        | scope.addPhoneCalendar       | scope.werun                  |
      | scope.addPhoneCalendar       | scope.werun                  | scope.userLocation           |
      | scope.werun                  | scope.userLocation           | scope.userLocationBackground |

  @req-WMP-DELETE-APP-ASKS-AGAIN @behaviour-delete-app
  Scenario Outline: After deleting the app a denied <scope> is asked for again
    Given a WeChat mini-program user who denied "<scope>"
    When the user deletes the app
    And the app calls "<api>" and the user allows
    Then the user is asked to allow "<scope>"
    And the call succeeds

    Examples:
      | scope                        | api                              |
      | scope.userLocation           | wx.getLocation                   |
      | scope.userLocationBackground | wx.startLocationUpdateBackground |
      | scope.record                 | wx.startRecord                   |
      | scope.camera                 | wx.createVKSession               |
      | scope.bluetooth              | wx.openBluetoothAdapter          |
      | scope.writePhotosAlbum       | wx.saveImageToPhotosAlbum        |
      | scope.addPhoneContact        | wx.addPhoneContact               |
      | scope.addPhoneCalendar       | wx.addPhoneRepeatCalendar        |
      | scope.werun                  | wx.getWeRunData                  |
