Feature: x
  Scenario: y
  nonsense
