package dev.ward.detect;

import java.util.Arrays;
import java.util.Optional;

/**
 * The outline of a PKCS#12 file (RFC 7292), read from its DER without decrypting anything, so that Ward decides
 * whether opening it is worth it and safe before the JDK spends a password-based key derivation on it. Only the
 * password-integrity form is accepted: {@code PFX ::= SEQUENCE { version 3, authSafe ContentInfo (data),
 * macData MacData }}, in definite-length DER that fills the content exactly. A file without a MAC is refused: the
 * JDK opens such a file with any password, so opening it proves nothing about the password.
 *
 * @param workIterations the key-derivation iterations one password attempt may cost: the MAC's plus those of every
 *                       encrypted safe (the JDK decrypts those before it checks the MAC)
 * @param mayHoldKey     whether a private key can be inside: a key bag in plain sight, or an encrypted safe
 */
record Pkcs12Outline(long workIterations, boolean mayHoldKey) {

    private static final int SEQUENCE = 0x30;
    private static final int INTEGER = 0x02;
    private static final int OCTET_STRING = 0x04;
    private static final int OID = 0x06;
    private static final int EXPLICIT_0 = 0xA0;

    private static final byte[] DATA = oid(0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x01);
    private static final byte[] ENCRYPTED_DATA = oid(0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x06);
    private static final byte[] KEY_BAG = oid(0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x0C, 0x0A, 0x01, 0x01);
    private static final byte[] SHROUDED_KEY_BAG = oid(0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x0C, 0x0A, 0x01, 0x02);

    /** More content infos or bags than this is no key store a tool wrote; such a file is not opened. */
    private static final int MAX_ITEMS = 256;
    /** Nesting depth searched for iteration counts inside algorithm parameters (PBES2 nests PBKDF2 two deep). */
    private static final int MAX_PARAMETER_DEPTH = 4;

    /** A bad structure: the file is not a PKCS#12 file Ward opens. */
    private static final class Malformed extends Exception {
        Malformed() {
            super(null, null, false, false);
        }
    }

    /** Whether the first bytes are a PKCS#12 header: a SEQUENCE whose length is the content's, then version 3. */
    static boolean header(byte[] data, int offset, int length) {
        try {
            Der outer = new Der(data, offset, offset + length);
            Der pfx = outer.sequence();
            return outer.atEnd() && pfx.integer() == 3;
        } catch (Malformed | RuntimeException e) {
            return false;
        }
    }

    /** The outline, or empty when the content is not a password-protected PKCS#12 file in DER. */
    static Optional<Pkcs12Outline> read(byte[] data, int offset, int length) {
        try {
            return Optional.of(parse(data, offset, length));
        } catch (Malformed | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Pkcs12Outline parse(byte[] data, int offset, int length) throws Malformed {
        Der outer = new Der(data, offset, offset + length);
        Der pfx = outer.sequence();
        require(outer.atEnd() && pfx.integer() == 3);
        Der authSafe = pfx.sequence();
        require(authSafe.oidIs(DATA));
        Der safes = authSafe.tagged(EXPLICIT_0).octets().sequence();
        require(!pfx.atEnd()); // the MAC, required
        Der mac = pfx.sequence();
        require(pfx.atEnd());
        long work = macIterations(mac);
        boolean mayHoldKey = false;
        for (int items = 0; !safes.atEnd(); items++) {
            require(items < MAX_ITEMS);
            Der info = safes.sequence();
            byte[] type = info.oid();
            if (Arrays.equals(type, DATA)) {
                mayHoldKey |= plainSafeHoldsKey(info.tagged(EXPLICIT_0).octets().sequence());
            } else if (Arrays.equals(type, ENCRYPTED_DATA)) {
                work += encryptedSafeIterations(info.tagged(EXPLICIT_0).sequence());
                mayHoldKey = true;
            } else {
                throw new Malformed(); // enveloped or signed data: not opened with a password
            }
        }
        return new Pkcs12Outline(work, mayHoldKey);
    }

    /** {@code MacData ::= SEQUENCE { mac DigestInfo, macSalt OCTET STRING, iterations INTEGER DEFAULT 1 }}. */
    private static long macIterations(Der mac) throws Malformed {
        Der digestInfo = mac.sequence();
        Der algorithm = digestInfo.sequence();
        long work = parameterIntegers(algorithm, 0); // PBMAC1 keeps its PBKDF2 count here
        digestInfo.primitive(OCTET_STRING);
        mac.primitive(OCTET_STRING);
        work += mac.atEnd() ? 1 : mac.integer();
        require(mac.atEnd());
        return work;
    }

    private static boolean plainSafeHoldsKey(Der bags) throws Malformed {
        boolean key = false;
        for (int items = 0; !bags.atEnd(); items++) {
            require(items < MAX_ITEMS);
            Der bag = bags.sequence();
            byte[] type = bag.oid();
            key |= Arrays.equals(type, KEY_BAG) || Arrays.equals(type, SHROUDED_KEY_BAG);
        }
        return key;
    }

    /** {@code EncryptedData ::= SEQUENCE { version, EncryptedContentInfo { contentType, algorithm, [0] content } }}. */
    private static long encryptedSafeIterations(Der encryptedData) throws Malformed {
        encryptedData.integer();
        Der contentInfo = encryptedData.sequence();
        contentInfo.oid();
        long work = parameterIntegers(contentInfo.sequence(), 0);
        require(!contentInfo.atEnd());
        return work;
    }

    /**
     * The sum of the INTEGERs in an AlgorithmIdentifier's parameters, searched through nested SEQUENCEs: the
     * iteration count of PKCS#12 PBE and of PBES2's PBKDF2 (with a key length or two, which only adds a little).
     */
    private static long parameterIntegers(Der sequence, int depth) throws Malformed {
        require(depth <= MAX_PARAMETER_DEPTH);
        long sum = 0;
        while (!sequence.atEnd()) {
            int tag = sequence.peekTag();
            if (tag == INTEGER) {
                sum += sequence.integer();
            } else if (tag == SEQUENCE) {
                sum += parameterIntegers(sequence.sequence(), depth + 1);
            } else {
                sequence.skip();
            }
        }
        return sum;
    }

    private static void require(boolean condition) throws Malformed {
        if (!condition) {
            throw new Malformed();
        }
    }

    private static byte[] oid(int... bytes) {
        byte[] out = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = (byte) bytes[i];
        }
        return out;
    }

    /** A cursor over the DER elements in {@code data[position, end)}; definite lengths only. */
    private static final class Der {
        private final byte[] data;
        private int position;
        private final int end;

        Der(byte[] data, int position, int end) {
            this.data = data;
            this.position = position;
            this.end = end;
        }

        boolean atEnd() {
            return position == end;
        }

        int peekTag() throws Malformed {
            require(position < end);
            return data[position] & 0xFF;
        }

        /** The next element's content, which must have the given tag; the cursor moves past it. */
        Der next(int tag) throws Malformed {
            require(peekTag() == tag);
            return element();
        }

        Der element() throws Malformed {
            require(end - position >= 2 && (data[position] & 0x1F) != 0x1F); // no multi-byte tags
            int first = data[position + 1] & 0xFF;
            int cursor = position + 2;
            long length;
            if (first < 0x80) {
                length = first;
            } else {
                int octets = first & 0x7F;
                require(octets >= 1 && octets <= 4 && end - cursor >= octets); // 0x80 would be BER's indefinite form
                length = 0;
                for (int i = 0; i < octets; i++) {
                    length = (length << 8) | (data[cursor++] & 0xFF);
                }
            }
            require(length <= end - cursor);
            Der content = new Der(data, cursor, cursor + (int) length);
            position = cursor + (int) length;
            return content;
        }

        void skip() throws Malformed {
            element();
        }

        Der sequence() throws Malformed {
            return next(SEQUENCE);
        }

        Der tagged(int tag) throws Malformed {
            return next(tag);
        }

        /** The content of a primitive OCTET STRING, as elements. */
        Der octets() throws Malformed {
            return next(OCTET_STRING);
        }

        void primitive(int tag) throws Malformed {
            next(tag);
        }

        byte[] oid() throws Malformed {
            Der content = next(OID);
            return Arrays.copyOfRange(data, content.position, content.end);
        }

        boolean oidIs(byte[] expected) throws Malformed {
            return Arrays.equals(oid(), expected);
        }

        /** A non-negative INTEGER that fits in 31 bits. */
        int integer() throws Malformed {
            Der content = next(INTEGER);
            int n = content.end - content.position;
            require(n >= 1 && n <= 4 && (data[content.position] & 0x80) == 0);
            long value = 0;
            for (int i = content.position; i < content.end; i++) {
                value = (value << 8) | (data[i] & 0xFF);
            }
            require(value <= Integer.MAX_VALUE);
            return (int) value;
        }
    }
}
