package dk.kompetencenet.platform.files;

/** A file as a user sent it: the name they gave it and its bytes, not yet checked or stored. */
public record Upload(String name, byte[] content) {
}
