package vn.vanban.decisions;

/** A draft (no number, may be deleted) or registered (numbered, dated, immutable). */
public enum DecisionStatus { DRAFT, REGISTERED }
