package org.firebreak.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.firebreak.core.Firebreak;
import org.firebreak.core.sweep.SweepOutcome;
import org.firebreak.core.sweep.SweepRun;
import org.firebreak.core.sweep.SweepTask;

/**
 * One run shipped to a member, authenticated: the task and the run travel as bytes, with a code made
 * with the cluster's secret over them, the library version and the sweep's id. The member checks the
 * code and the version before it reads the bytes as objects, so a job from anyone without the secret
 * is refused before any of its content is looked at; it then runs the task with a runs directory of
 * its own choosing ({@link MemberContext#runsDirectory}). A failure of the run itself comes back as a
 * failed outcome, so that only the loss of a member, or a refusal, surfaces as an exception.
 */
final class RunCall implements Callable<SweepOutcome>, Serializable, HazelcastInstanceAware {
    private static final long serialVersionUID = 2L;
    /** What the task's bytes may hold when read back: the library's classes and the JDK's basic types. */
    private static final ObjectInputFilter PAYLOAD = ObjectInputFilter.Config.createFilter(
            "org.firebreak.**;java.lang.*;java.lang.invoke.SerializedLambda;java.util.*;maxdepth=32;maxrefs=100000;maxbytes=16777216;!*");

    private final String version;
    private final UUID origin;
    private final String sweepId;
    private final byte[] payload;
    private final byte[] code;
    private transient HazelcastInstance local;

    private RunCall(String version, UUID origin, String sweepId, byte[] payload, byte[] code) {
        this.version = version;
        this.origin = origin;
        this.sweepId = sweepId;
        this.payload = payload;
        this.code = code;
    }

    /**
     * @param secret the cluster's secret
     * @param origin the submitting member
     * @param sweepId the sweep's id
     * @param task the task
     * @param run the run
     * @return the signed job
     */
    static RunCall signed(ClusterSecret secret, UUID origin, String sweepId, SweepTask task, SweepRun run) {
        return signed(secret, Firebreak.version(), origin, sweepId, task, run);
    }

    /** As {@link #signed(ClusterSecret, UUID, String, SweepTask, SweepRun)} with a version of one's own (tests). */
    static RunCall signed(ClusterSecret secret, String version, UUID origin, String sweepId, SweepTask task,
            SweepRun run) {
        byte[] payload = bytes(new Object[] {task, run});
        return new RunCall(version, origin, sweepId, payload, secret.mac(signedData(version, origin, sweepId,
                payload)));
    }

    /** @return the id of a sweep of this task: the first 12 hex digits of its bytes' SHA-256 */
    static String sweepId(SweepTask task) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(bytes(task));
            return java.util.HexFormat.of().formatHex(d, 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance instance) {
        this.local = instance;
    }

    @Override
    public SweepOutcome call() throws Exception {
        MemberContext context = MemberContext.of(local);
        if (!context.secret().verifies(signedData(version, origin, sweepId, payload), code)) {
            throw new SecurityException("refused a job not signed with this cluster's secret");
        }
        if (!Firebreak.version().equals(version)) {
            throw new SecurityException("refused a job of firebreak " + version + "; this member runs firebreak "
                    + Firebreak.version() + " (start every member from the same build)");
        }
        if (!sweepId.matches("[0-9a-f]{12}")) {
            throw new SecurityException("refused a job with a malformed sweep id");
        }
        Object[] job = read(payload);
        SweepTask task = (SweepTask) job[0];
        SweepRun run = (SweepRun) job[1];
        boolean own = origin.equals(local.getCluster().getLocalMember().getUuid());
        try {
            return new SweepOutcome(run, task.run(run, context.runsDirectory(sweepId, own)), null);
        } catch (Exception | LinkageError | AssertionError e) {
            return SweepOutcome.failed(run, e);
        }
    }

    private static byte[] signedData(String version, UUID origin, String sweepId, byte[] payload) {
        ByteArrayOutputStream b = new ByteArrayOutputStream(payload.length + 128);
        try (DataOutputStream out = new DataOutputStream(b)) {
            out.write("firebreak-job:".getBytes(StandardCharsets.US_ASCII));
            out.writeUTF(version);
            out.writeLong(origin.getMostSignificantBits());
            out.writeLong(origin.getLeastSignificantBits());
            out.writeUTF(sweepId);
            out.writeInt(payload.length);
            out.write(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
    }

    private static byte[] bytes(Object o) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(b)) {
            out.writeObject(o);
        } catch (IOException e) {
            throw new IllegalArgumentException("a sweep's task must be serializable to run on a cluster: "
                    + e.getMessage(), e);
        }
        return b.toByteArray();
    }

    private static Object[] read(byte[] payload) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(payload))) {
            in.setObjectInputFilter(PAYLOAD);
            return (Object[]) in.readObject();
        }
    }
}
