@platform-kuaishou-minigame @source-public
Feature: Kuaishou mini-game — the settings page, switching, reading the settings, records
  Sources: the mini-game 权限 guide https://ks-game-docs.kuaishou.com/minigame/guide/framework/permission.html
  ("打开设置界面": the user controls the mini-game's authorization state in its settings page — a scope switched on
  is granted, switched off refused, and the "权限" bullets then decide the call; "获取用户授权设置": ks.getSetting
  reads the current state, with no result shape given). Which scopes the settings page lists, what ks.getSetting
  returns for a scope never asked, and what another device, reinstalling, upgrading Kuaishou or removing the
  mini-game does to the records are not described.

  @req-KSG-TOGGLE-ON @behaviour-toggle-setting
  Scenario Outline: Switching a refused <scope> on in the settings page lets <api> proceed without a prompt
    Given a Kuaishou mini-game user who denied "<scope>"
    When the user switches "<scope>" on in the settings page
    And the app calls "<api>"
    Then the call succeeds
    And no prompt is shown

    Examples:
      | scope                  | api                       |
      | scope.userInfo         | ks.getUserInfo            |
      | scope.writePhotosAlbum | ks.saveImageToPhotosAlbum |

  @req-KSG-TOGGLE-OFF @behaviour-toggle-setting
  Scenario Outline: Switching a granted <scope> off in the settings page makes <api> fail without a prompt
    Given a Kuaishou mini-game user who granted "<scope>"
    When the user switches "<scope>" off in the settings page
    And the app calls "<api>"
    Then the call fails
    And no prompt is shown

    Examples:
      | scope                  | api                       |
      | scope.userInfo         | ks.getUserInfo            |
      | scope.writePhotosAlbum | ks.saveImageToPhotosAlbum |

  @req-KSG-GET-SETTING @behaviour-get-setting
  Scenario: What ks.getSetting returns is not described
    Given a Kuaishou mini-game user who granted "scope.userInfo"
    When the app reads the authorization settings
    Then the settings are unspecified by the sources

  @req-KSG-SETTINGS-PAGE @behaviour-settings-page
  Scenario: Which scopes the settings page lists is not described
    Given a Kuaishou mini-game user who denied "scope.writePhotosAlbum"
    When the user opens the settings page
    Then the settings page is unspecified by the sources

  @req-KSG-RECORDS @behaviour-record-sync
  Scenario Outline: What <change> does to the records is not described
    Given a Kuaishou mini-game user who denied "scope.writePhotosAlbum"
    When <change>
    And the app calls "ks.saveImageToPhotosAlbum"
    Then the outcome is unspecified by the sources

    Examples:
      | change                                   |
      | the user signs in on another device      |
      | the user reinstalls the client           |
      | the client is upgraded to version "99.0" |

  @req-KSG-DELETE-APP @behaviour-delete-app
  Scenario: What removing the mini-game does to the records is not described
    Given a Kuaishou mini-game user who denied "scope.writePhotosAlbum"
    When the user deletes the app
    And the app calls "ks.saveImageToPhotosAlbum"
    Then the outcome is unspecified by the sources
