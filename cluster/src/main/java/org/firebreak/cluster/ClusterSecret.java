package org.firebreak.cluster;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret a sweep cluster's members share, and the message authentication code (HMAC-SHA256,
 * from the JDK) made with it. Hazelcast's open-source edition authenticates neither members nor
 * clients, so the cluster does so itself: every job carries a code over its whole content, and a
 * member proves at join that it holds the secret; what does not verify is never run or handed work.
 */
final class ClusterSecret {
    /** Fewest bytes a secret may have: 128 bits. */
    static final int MIN_BYTES = 16;
    private static final String ALGORITHM = "HmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    /**
     * @param key the shared secret, at least {@value #MIN_BYTES} bytes
     * @throws IllegalArgumentException if it is shorter
     */
    ClusterSecret(byte[] key) {
        if (key.length < MIN_BYTES) {
            throw new IllegalArgumentException("the cluster secret has " + key.length + " bytes; expected at least "
                    + MIN_BYTES + " (for example 32 random bytes as hex: openssl rand -hex 32)");
        }
        this.key = key.clone();
    }

    /**
     * @param data what to authenticate
     * @return its code
     */
    byte[] mac(byte[] data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(data);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("this JVM cannot compute " + ALGORITHM, e);
        }
    }

    /**
     * @param data what was authenticated
     * @param code the code that came with it
     * @return whether the code was made with this secret over exactly this data (compared in constant time)
     */
    boolean verifies(byte[] data, byte[] code) {
        return code != null && MessageDigest.isEqual(mac(data), code);
    }

    /** @return a proof of holding the secret, for a member's join: a fresh nonce and its code */
    String memberProof() {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        Base64.Encoder b64 = Base64.getEncoder();
        return b64.encodeToString(nonce) + "." + b64.encodeToString(mac(proofData(nonce)));
    }

    /**
     * @param proof a member's proof, or null
     * @return whether it was made with this secret
     */
    boolean acceptsMember(String proof) {
        if (proof == null) {
            return false;
        }
        int dot = proof.indexOf('.');
        try {
            byte[] nonce = Base64.getDecoder().decode(proof.substring(0, Math.max(dot, 0)));
            byte[] code = Base64.getDecoder().decode(proof.substring(dot + 1));
            return dot > 0 && nonce.length == 16 && verifies(proofData(nonce), code);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] proofData(byte[] nonce) {
        byte[] tag = "firebreak-member:".getBytes(StandardCharsets.US_ASCII);
        byte[] out = Arrays.copyOf(tag, tag.length + nonce.length);
        System.arraycopy(nonce, 0, out, tag.length, nonce.length);
        return out;
    }
}
