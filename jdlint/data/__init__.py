"""Reference data shipped with jdlint (not rule packs): e.g. jurisdiction tables."""
