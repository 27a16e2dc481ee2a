package pl.wspolnie.proposal;

/** A city department or unit (wydział, MOPS, MCPU) or a non-governmental organisation. */
public enum SubmitterType { DEPARTMENT, NGO }
