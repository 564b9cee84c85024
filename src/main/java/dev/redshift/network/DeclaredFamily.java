package dev.redshift.network;

import java.util.List;

/** A family that declares its id and parameters up front; subclasses only say how to create networks. */
public abstract class DeclaredFamily implements NetworkFamily {

    private final String id;
    private final List<Parameter> parameters;

    protected DeclaredFamily(String id, List<Parameter> parameters) {
        this.id = id;
        this.parameters = List.copyOf(parameters);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final List<Parameter> parameters() {
        return parameters;
    }
}
