"""What jdlint reads out of a posting's prose text for more than one rule family: sentence
spans, pay figures and template leftovers. Section detection and the rules both import these;
neither imports the other's internals."""
