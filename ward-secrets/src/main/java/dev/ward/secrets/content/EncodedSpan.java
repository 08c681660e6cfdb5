package dev.ward.secrets.content;

/** A run of encoded text and what it decodes to. Offsets are byte offsets into the UTF-8 text the run was found in. */
record EncodedSpan(int start, int end, String encoding, String decoded) {
}
