package io.slotwise.cluster;

/** Why a topology refresh was asked for; refresh counters are kept per trigger. */
public enum RefreshTrigger {
  /** The router is starting and loads the first slot map from the seeds. */
  STARTUP,
  /** A command got {@code MOVED}: the slot map is out of date. */
  MOVED,
  /** A command's slot has no owner in the current slot map. */
  UNCOVERED_SLOT,
  /** Repeated connection failures to one node. */
  CONNECTION_FAILURES,
  /** Repeated command timeouts on one node. */
  TIMEOUTS,
  /** The periodic timer. */
  PERIODIC,
  /** A command got {@code ASK} (a migration is under way; the map changes soon). */
  ASKED,
  /** A write got {@code READONLY}: its node was demoted to replica by a failover. */
  READONLY
}
