package uk.gov.lbhf.withus.base;

/** A signed-in principal that knows the name to greet the person by. */
public interface DisplayNamed {

    String displayName();
}
