@platform-feishu-gadget @source-000 @behaviour-version-gate
Feature: Feishu gadget — version gates of scope.userInfo, scope.camera and scope.appBadge
  Source: seed 000_de03a4aa8ad1be62.txt, section "权限说明", column "是否需要授权给客户端":
  scope.userInfo ✓（飞书 5.2及以上版本生效）, scope.camera ✓（飞书 5.21及以上版本生效），
  scope.appBadge ✓（飞书 5.9及以上版本生效）. From the named version on (inclusive) the user must authorize;
  below it no authorization is needed. Versions compare numerically per segment: 5.21 is above 5.9.

  @req-FG-GATE-BELOW
  Scenario Outline: Below the gate the API proceeds without asking (<scope> on Feishu <version>)
    Given a Feishu gadget user on client version "<version>"
    When the app calls "<api>"
    Then the call succeeds
    And no prompt is shown

    Examples:
      | scope          | api         | version |
      | scope.userInfo | getUserInfo | 5.1     |
      | scope.userInfo | getUserInfo | 5.1.9   |
      | scope.camera   | camera      | 5.20    |
      | scope.camera   | camera      | 5.9     |
      | scope.appBadge | updateBadge | 5.8     |
      | scope.appBadge | updateBadge | 5.2     |

  @req-FG-GATE-FROM
  Scenario Outline: From the gate version on the user is asked (<scope> on Feishu <version>)
    Given a Feishu gadget user on client version "<version>"
    When the app calls "<api>" and the user allows
    Then the user is asked to allow "<scope>"
    And the call succeeds

    Examples:
      | scope          | api         | version |
      | scope.userInfo | getUserInfo | 5.2     |
      | scope.userInfo | getUserInfo | 5.2.0   |
      | scope.userInfo | getUserInfo | 5.10    |
      | scope.camera   | camera      | 5.21    |
      | scope.camera   | camera      | 5.30    |
      | scope.appBadge | updateBadge | 5.9     |
      | scope.appBadge | updateBadge | 5.21    |

  @req-FG-GATE-UNGATED
  Scenario Outline: A scope without a gate is asked for on any client version (<scope> on Feishu <version>)
    Given a Feishu gadget user on client version "<version>"
    When the app calls "<api>" and the user allows
    Then the user is asked to allow "<scope>"
    And the call succeeds

    Examples:
      | scope              | api                 | version |
      | scope.userLocation | startLocationUpdate | 3.0     |
      | scope.record       | getRecorderManager  | 5.1     |
