"""What jdlint reads out of a posting's prose text for more than one rule family: pay figures
and template leftovers. Section detection and the rules both import these; neither imports the
other's internals. (Sentence breaks are ``jdlint/sentences.py``, which the spaCy pipeline and
the metrics read too.)"""
