/**
 * Warnings to members (cảnh báo): written by a province or national officer for a subtree, approved by an
 * administrator of it who is not the author ({@link org.hoiso.safety.alerts.WarningStep}), then shown on members'
 * home pages with an unread count and sent by e-mail through the platform's outbox (a later SMS or Zalo OA channel
 * plugs in there); officers see how many members each warning reached and how many opened it.
 */
package org.hoiso.safety.alerts;
