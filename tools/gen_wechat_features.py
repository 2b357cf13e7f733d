"""Writes the WeChat mini-program / mini-game outlines whose Examples walk every scope (run from the repo root)."""
import os


def table(header, rows):
    w = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    line = lambda r: "      | " + " | ".join(str(c).ljust(w[i]) for i, c in enumerate(r)) + " |"
    return "\n".join([line(header)] + [line(r) for r in rows])


def wechat(pid, phrase, prefix, seedtag, src, scopes_all, scopes_first, extra_desc):
    d = f"features/{pid}"
    f = f"""@platform-{pid} {seedtag}
Feature: {phrase} — calling a scoped API
  Sources: {src}
  Granted scopes let every API proceed; a scope never asked about is asked for on first use (allow: success,
  deny: failure); after a denial later calls fail straight away, with no prompt, and the errMsg contains
  'auth deny' or 'auth denied' (iOS and Android differ).{extra_desc}

  @req-{prefix}-GRANTED-CALL @behaviour-granted-call
  Scenario Outline: A granted scope lets every one of its APIs proceed without a prompt (<api>)
    Given a {phrase} user who granted "<scope>"
    When the app calls "<api>"
    Then the call succeeds
    And no prompt is shown

    Examples:
{table(["scope", "api"], scopes_all)}

  @req-{prefix}-NEVER-ASKED-ALLOW @behaviour-never-asked-call
  Scenario Outline: The first use asks the user, and the call succeeds when the user allows (<scope>)
    Given a {phrase} user who was never asked for "<scope>"
    When the app calls "<api>" and the user allows
    Then the user is asked to allow "<scope>"
    And the call succeeds

    Examples:
{table(["scope", "api"], scopes_first)}

  @req-{prefix}-NEVER-ASKED-DENY @behaviour-never-asked-call
  Scenario Outline: The first use asks the user, and the call fails when the user denies (<scope>)
    Given a {phrase} user who was never asked for "<scope>"
    When the app calls "<api>" and the user denies
    Then the user is asked to allow "<scope>"
    And the call fails with an errMsg containing "auth deny" or "auth denied"

    Examples:
{table(["scope", "api"], scopes_first)}

  @req-{prefix}-DENIED-CALL @behaviour-denied-call
  Scenario Outline: After a denial the call fails straight away, without a prompt (<scope>)
    Given a {phrase} user who denied "<scope>"
    When the app calls "<api>"
    Then the call fails with an errMsg containing "auth deny" or "auth denied"
    And no prompt is shown

    Examples:
{table(["scope", "api"], scopes_first)}
"""
    open(f"{d}/api-calls.feature", "w").write(f)
    f = f"""@platform-{pid} {seedtag} @behaviour-authorize-ahead
Feature: {phrase} — asking ahead of use with wx.authorize
  Sources: {src}
  Seed 004 "提前发起授权": wx.authorize() asks ahead of use; "引导用户重新授权": once denied, wx.authorize fails
  straight away without a prompt; "处理用户拒绝授权": the errMsg contains 'auth deny' or 'auth denied'.

  @req-{prefix}-AUTHORIZE-ALLOW
  Scenario Outline: Asking ahead for <scope> shows a prompt, and a later call proceeds without one
    Given a {phrase} user who was never asked for "<scope>"
    When the app asks ahead for "<scope>" and the user allows
    Then the user is asked to allow "<scope>"
    And the request succeeds
    When the app calls "<api>"
    Then the call succeeds
    And no prompt is shown

    Examples:
{table(["scope", "api"], scopes_first)}

  @req-{prefix}-AUTHORIZE-DENY
  Scenario Outline: Asking ahead for <scope> fails when the user denies
    Given a {phrase} user who was never asked for "<scope>"
    When the app asks ahead for "<scope>" and the user denies
    Then the user is asked to allow "<scope>"
    And the request fails with an errMsg containing "auth deny" or "auth denied"

    Examples:
{table(["scope", "api"], scopes_first)}

  @req-{prefix}-AUTHORIZE-GRANTED
  Scenario Outline: Asking ahead for an already granted <scope> succeeds without a prompt
    Given a {phrase} user who granted "<scope>"
    When the app asks ahead for "<scope>"
    Then the request succeeds
    And no prompt is shown

    Examples:
{table(["scope", "api"], scopes_first)}

  @req-{prefix}-AUTHORIZE-DENIED
  Scenario Outline: Asking ahead for a denied <scope> fails straight away, without a prompt
    Given a {phrase} user who denied "<scope>"
    When the app asks ahead for "<scope>"
    Then the request fails with an errMsg containing "auth deny" or "auth denied"
    And no prompt is shown

    Examples:
{table(["scope", "api"], scopes_first)}
"""
    open(f"{d}/authorize-ahead.feature", "w").write(f)
    s = [r[0] for r in scopes_first]
    trip = [(s[i], s[(i + 1) % len(s)], s[(i + 2) % len(s)]) for i in range(len(s))]
    f = f"""@platform-{pid} {seedtag}
Feature: {phrase} — reading the settings, the settings page, switching, deleting the app
  Sources: {src}
  Seed 004 "获取用户授权设置": wx.getSetting's authSetting says true (granted), false (denied) or leaves the scope
  out (never asked). "引导用户重新授权": 注意：只有申请过授权的 scope 会出现在设置页面 — the user switches scopes
  there. "重置授权记录": deleting the app from the list clears every allowed and denied record.

  @req-{prefix}-GET-SETTING @behaviour-get-setting
  Scenario Outline: getSetting reports granted as true, denied as false and leaves never-asked out (<granted>, <denied>, <never>)
    Given a {phrase} user who granted "<granted>"
    And the user denied "<denied>"
    When the app reads the authorization settings
    Then the call succeeds
    And the settings report "<granted>" as true
    And the settings report "<denied>" as false
    And the settings report "<never>" as absent

    Examples:
{table(["granted", "denied", "never"], trip)}

  @req-{prefix}-GET-SETTING-EMPTY @behaviour-get-setting
  Scenario: getSetting of a user never asked anything reports no scopes
    Given a {phrase} user
    When the app reads the authorization settings
    Then the settings report no scopes

  @req-{prefix}-SETTINGS-PAGE @behaviour-settings-page
  Scenario Outline: The settings page lists only the scopes that were asked for (<granted>, <denied>)
    Given a {phrase} user who granted "<granted>"
    And the user denied "<denied>"
    When the user opens the settings page
    Then the settings page lists "<granted>, <denied>"

    Examples:
{table(["granted", "denied", "never"], trip)}

  @req-{prefix}-SETTINGS-PAGE-EMPTY @behaviour-settings-page
  Scenario: The settings page of a user never asked anything lists no scopes
    Given a {phrase} user
    When the user opens the settings page
    Then the settings page lists no scopes

  @req-{prefix}-TOGGLE-ON @behaviour-toggle-setting
  Scenario Outline: Switching a denied <scope> on in the settings page lets the call proceed without a prompt
    Given a {phrase} user who denied "<scope>"
    When the user switches "<scope>" on in the settings page
    And the app calls "<api>"
    Then the call succeeds
    And no prompt is shown

    Examples:
{table(["scope", "api"], scopes_first)}

  @req-{prefix}-TOGGLE-OFF @behaviour-toggle-setting
  Scenario Outline: Switching a granted <scope> off in the settings page leaves what a later call does undescribed
    # The WeChat pages read document switching a scope on (开启授权), not what switching it off records, so the
    # call after it is not required to fail like a refusal with "auth deny" (openSettingToggle: switch-on-only).
    Given a {phrase} user who granted "<scope>"
    When the user switches "<scope>" off in the settings page
    And the app calls "<api>"
    Then the outcome is unspecified by the sources
    And the error message is unspecified by the sources
    And the prompts are unspecified by the sources

    Examples:
{table(["scope", "api"], scopes_first)}

  @req-{prefix}-DELETE-APP @behaviour-delete-app
  Scenario Outline: Deleting the app clears every allowed and denied record (<granted>, <denied>)
    Given a {phrase} user who granted "<granted>"
    And the user denied "<denied>"
    When the user deletes the app
    And the app reads the authorization settings
    Then the settings report no scopes

    Examples:
{table(["granted", "denied", "never"], trip)}

  @req-{prefix}-DELETE-APP-ASKS-AGAIN @behaviour-delete-app
  Scenario Outline: After deleting the app a denied <scope> is asked for again
    Given a {phrase} user who denied "<scope>"
    When the user deletes the app
    And the app calls "<api>" and the user allows
    Then the user is asked to allow "<scope>"
    And the call succeeds

    Examples:
{table(["scope", "api"], scopes_first)}
"""
    open(f"{d}/settings.feature", "w").write(f)
    rec_scope, rec_api = [r for r in scopes_first if r[0] == "scope.record"][0]
    f = f"""@platform-{pid} {seedtag}
Feature: {phrase} — what the sources do not describe
  Sources: {src}
  Neither source says what happens to the answers when the user reinstalls WeChat or changes device, nor in
  which order WeChat's and the operating system's prompts appear. The kit records these as unspecified.

  @req-{prefix}-RECORD-SYNC @behaviour-record-sync
  Scenario Outline: What remains of a denial after <change> is not described
    Given a {phrase} user who denied "{s[0]}"
    When <change>
    And the app calls "{scopes_first[0][1]}"
    Then the outcome is unspecified by the sources

    Examples:
      | change                              |
      | the user reinstalls the client      |
      | the user signs in on another device |

  @req-{prefix}-OS-PROMPT-ORDER @behaviour-os-prompt-order
  Scenario: The order of WeChat's prompt and the operating system's prompt is not described
    Given a {phrase} user who was never asked for "{rec_scope}"
    And the operating system will also ask for its permission, and the user allows
    When the app calls "{rec_api}" and the user allows
    Then the prompts are unspecified by the sources
"""
    open(f"{d}/not-described.feature", "w").write(f)


def first_per_scope(rows):
    seen, out = set(), []
    for s, a in rows:
        if s not in seen:
            seen.add(s)
            out.append((s, a))
    return out


mp_all = [("scope.userLocation", "wx.getLocation"), ("scope.userLocation", "wx.chooseLocation"),
          ("scope.userLocation", "wx.startLocationUpdate"),
          ("scope.userLocationBackground", "wx.startLocationUpdateBackground"), ("scope.record", "wx.startRecord"),
          ("scope.record", "wx.joinVoIPChat"), ("scope.record", "RecorderManager.start"),
          ("scope.camera", "wx.createVKSession"), ("scope.bluetooth", "wx.openBluetoothAdapter"),
          ("scope.bluetooth", "wx.createBLEPeripheralServer"),
          ("scope.writePhotosAlbum", "wx.saveImageToPhotosAlbum"), ("scope.writePhotosAlbum", "wx.saveVideoToPhotosAlbum"),
          ("scope.addPhoneContact", "wx.addPhoneContact"),
          ("scope.addPhoneCalendar", "wx.addPhoneRepeatCalendar"), ("scope.addPhoneCalendar", "wx.addPhoneCalendar"),
          ("scope.werun", "wx.getWeRunData")]
mg_all = [("scope.userInfo", "wx.getUserInfo"), ("scope.userLocation", "wx.getLocation"),
          ("scope.werun", "wx.getWeRunData"), ("scope.record", "wx.startRecord"),
          ("scope.record", "RecorderManager.start"), ("scope.writePhotosAlbum", "wx.saveImageToPhotosAlbum")]

wechat("wechat-miniprogram", "WeChat mini-program", "WMP", "@source-003 @source-004",
       "seed 003_9da539426fe20c1e.txt (WeChat mini-program scope list, section \"权限列表\"); seed 004_fbe78417d07fe0d6.txt\n"
       "  (WeChat \"用户授权\", the general consent model); https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/authorize.html",
       mp_all, first_per_scope(mp_all),
       "\n  APIs come from seed 003's table; components (camera, live-pusher) are not API calls and are not exercised.")
wechat("wechat-minigame", "WeChat mini-game", "WMG", "@source-004",
       "seed 004_fbe78417d07fe0d6.txt (WeChat mini-game \"用户授权\", sections 调用接口发起授权, 提前发起授权,\n"
       "  处理用户拒绝授权, 获取用户授权设置, 引导用户重新授权, 重置授权记录, Scope 列表); seed 003 for scope.userInfo (小游戏可继续调用)",
       mg_all, first_per_scope(mg_all), "")
