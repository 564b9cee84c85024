package dev.redshift.engine;

import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.discovery.SelectorResolver;
import org.junit.platform.engine.support.hierarchical.Node;

/** A spec file or a {@code @Claims} class: a container of claims. */
public final class ClaimContainerDescriptor extends AbstractTestDescriptor implements Node<RedshiftExecutionContext> {

    private final String legacyName;

    ClaimContainerDescriptor(UniqueId id, String title, String legacyName, TestSource source) {
        super(id, title, source);
        this.legacyName = legacyName;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    @Override
    public String getLegacyReportingName() {
        return legacyName;
    }
}
