@platform-wechat-miniprogram @source-003 @source-004
Feature: WeChat mini-program — calling a scoped API
  Sources: seed 003_9da539426fe20c1e.txt (WeChat mini-program scope list, section "权限列表"); seed 004_fbe78417d07fe0d6.txt
  (WeChat "用户授权", the general consent model); https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/authorize.html
  Granted scopes let every API proceed; a scope never asked about is asked for on first use (allow: success,
  deny: failure); after a denial later calls fail straight away, with no prompt, and the errMsg contains
  'auth deny' or 'auth denied' (iOS and Android differ).
  APIs come from seed 003's table; components (camera, live-pusher) are not API calls and are not exercised.

  @req-WMP-GRANTED-CALL @behaviour-granted-call
  Scenario Outline: A granted scope lets every one of its APIs proceed without a prompt (<api>)
    Given a WeChat mini-program user who granted "<scope>"
    When the app calls "<api>"
    Then the call succeeds
    And no prompt is shown

    Examples:
      | scope                        | api                              |
      | scope.userLocation           | wx.getLocation                   |
      | scope.userLocation           | wx.chooseLocation                |
      | scope.userLocation           | wx.startLocationUpdate           |
      | scope.userLocationBackground | wx.startLocationUpdateBackground |
      | scope.record                 | wx.startRecord                   |
      | scope.record                 | wx.joinVoIPChat                  |
      | scope.record                 | RecorderManager.start            |
      | scope.camera                 | wx.createVKSession               |
      | scope.bluetooth              | wx.openBluetoothAdapter          |
      | scope.bluetooth              | wx.createBLEPeripheralServer     |
      | scope.writePhotosAlbum       | wx.saveImageToPhotosAlbum        |
      | scope.writePhotosAlbum       | wx.saveVideoToPhotosAlbum        |
      | scope.addPhoneContact        | wx.addPhoneContact               |
      | scope.addPhoneCalendar       | wx.addPhoneRepeatCalendar        |
      | scope.addPhoneCalendar       | wx.addPhoneCalendar              |
      | scope.werun                  | wx.getWeRunData                  |

  @req-WMP-NEVER-ASKED-ALLOW @behaviour-never-asked-call
  Scenario Outline: The first use asks the user, and the call succeeds when the user allows (<scope>)
    Given a WeChat mini-program user who was never asked for "<scope>"
    When the app calls "<api>" and the user allows
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

  @req-WMP-NEVER-ASKED-DENY @behaviour-never-asked-call
  Scenario Outline: The first use asks the user, and the call fails when the user denies (<scope>)
    Given a WeChat mini-program user who was never asked for "<scope>"
    When the app calls "<api>" and the user denies
    Then the user is asked to allow "<scope>"
    And the call fails with an errMsg containing "auth deny" or "auth denied"

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

  @req-WMP-DENIED-CALL @behaviour-denied-call
  Scenario Outline: After a denial the call fails straight away, without a prompt (<scope>)
    Given a WeChat mini-program user who denied "<scope>"
    When the app calls "<api>"
    Then the call fails with an errMsg containing "auth deny" or "auth denied"
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
