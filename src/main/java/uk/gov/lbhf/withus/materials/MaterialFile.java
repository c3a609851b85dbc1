package uk.gov.lbhf.withus.materials;

/** The bytes of a file format (an audio recording), for download or playing. */
public record MaterialFile(String fileName, String mediaType, byte[] content) {}
