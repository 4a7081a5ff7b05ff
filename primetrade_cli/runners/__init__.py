"""Subprocess wrappers run after a plan was applied (never part of a Plan: a Plan is data)."""
