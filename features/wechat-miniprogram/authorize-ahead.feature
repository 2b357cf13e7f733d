@platform-wechat-miniprogram @source-003 @source-004 @behaviour-authorize-ahead
Feature: WeChat mini-program — asking ahead of use with wx.authorize
  Sources: seed 003_9da539426fe20c1e.txt (WeChat mini-program scope list, section "权限列表"); seed 004_fbe78417d07fe0d6.txt
  (WeChat "用户授权", the general consent model); https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/authorize.html
  Seed 004 "提前发起授权": wx.authorize() asks ahead of use; "引导用户重新授权": once denied, wx.authorize fails
  straight away without a prompt; "处理用户拒绝授权": the errMsg contains 'auth deny' or 'auth denied'.

  @req-WMP-AUTHORIZE-ALLOW
  Scenario Outline: Asking ahead for <scope> shows a prompt, and a later call proceeds without one
    Given a WeChat mini-program user who was never asked for "<scope>"
    When the app asks ahead for "<scope>" and the user allows
    Then the user is asked to allow "<scope>"
    And the request succeeds
    When the app calls "<api>"
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

  @req-WMP-AUTHORIZE-DENY
  Scenario Outline: Asking ahead for <scope> fails when the user denies
    Given a WeChat mini-program user who was never asked for "<scope>"
    When the app asks ahead for "<scope>" and the user denies
    Then the user is asked to allow "<scope>"
    And the request fails with an errMsg containing "auth deny" or "auth denied"

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

  @req-WMP-AUTHORIZE-GRANTED
  Scenario Outline: Asking ahead for an already granted <scope> succeeds without a prompt
    Given a WeChat mini-program user who granted "<scope>"
    When the app asks ahead for "<scope>"
    Then the request succeeds
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

  @req-WMP-AUTHORIZE-DENIED
  Scenario Outline: Asking ahead for a denied <scope> fails straight away, without a prompt
    Given a WeChat mini-program user who denied "<scope>"
    When the app asks ahead for "<scope>"
    Then the request fails with an errMsg containing "auth deny" or "auth denied"
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
