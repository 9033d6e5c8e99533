package vn.vanban.batches;

/** QUEUED until the worker takes it, RUNNING, then DONE (failures per commune are listed, not fatal). */
public enum BatchStatus { QUEUED, RUNNING, DONE }
