package dev.redshift.engine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/** One claim: a test. */
public final class ClaimDescriptor extends AbstractTestDescriptor {

    private final ClaimSupplier supplier;
    private final Set<TestTag> tags = new LinkedHashSet<>();

    ClaimDescriptor(UniqueId id, String name, TestSource source, List<String> tagNames, ClaimSupplier supplier) {
        super(id, name, source);
        this.supplier = supplier;
        for (String t : tagNames) {
            if (TestTag.isValid(t)) {
                tags.add(TestTag.create(t));
            }
        }
    }

    ClaimSupplier supplier() {
        return supplier;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public Set<TestTag> getTags() {
        return tags;
    }
}
