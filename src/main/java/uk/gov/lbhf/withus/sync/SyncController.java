package uk.gov.lbhf.withus.sync;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.sync.attachments.AttachmentService;
import uk.gov.lbhf.withus.sync.attachments.AttachmentService.AttachmentStatus;
import uk.gov.lbhf.withus.sync.devices.DeviceService.AuthenticatedDevice;
import uk.gov.lbhf.withus.sync.pull.PullService;
import uk.gov.lbhf.withus.sync.push.PushService;
import uk.gov.lbhf.withus.sync.push.Receipt;

/** The sync API, version 1 (sync/SPEC.md). Every call is made with a device token. */
@RestController
@RequestMapping(path = "/api/sync/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "sync", description = "Push captured answers, upload attachments, pull what a device keeps offline")
public class SyncController {

    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d{1,12})-(\\d{1,12})/(\\d{1,12})");
    /** Duplicate keys would make one of two answers vanish silently: such a body is refused whole. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    public static final long MAX_PUSH_BYTES = 4L * 1024 * 1024;

    private final PushService push;
    private final PullService pull;
    private final AttachmentService attachments;
    private final PeopleService people;
    private final Clock clock;
    private final SyncLimits limits;

    public SyncController(
            PushService push,
            PullService pull,
            AttachmentService attachments,
            PeopleService people,
            Clock clock,
            SyncLimits limits) {
        this.limits = limits;
        this.push = push;
        this.pull = pull;
        this.attachments = attachments;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/ping")
    @Operation(summary = "Check the server is there and the device token is good")
    public Map<String, Object> ping() {
        limits.call(device().deviceId());
        CurrentUser user = user();
        return Map.of(
                "protocol",
                PushService.PROTOCOL,
                "serverTime",
                Instant.now(clock).toString(),
                "account",
                user.username(),
                "deviceId",
                device().deviceId().toString());
    }

    @PostMapping(path = "/push", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Send a batch of submissions; one receipt per item, sent only after the batch is committed")
    public Map<String, Object> push(HttpServletRequest request) throws IOException {
        limits.call(device().deviceId());
        // the limit holds for the bytes read, not only for what Content-Length says (a chunked body has none)
        byte[] body = request.getContentLengthLong() > MAX_PUSH_BYTES
                ? null
                : request.getInputStream().readNBytes((int) MAX_PUSH_BYTES + 1);
        if (body == null || body.length > MAX_PUSH_BYTES) {
            throw new SyncException(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "batch-too-large",
                    "Send at most 4 MB per push (attachments go separately)");
        }
        JsonNode batch;
        try {
            batch = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new SyncException(
                    HttpStatus.BAD_REQUEST,
                    "malformed-json",
                    "The body is not one JSON document (or names a key twice in one object)");
        }
        List<Receipt> receipts = push.push(batch, device(), user());
        return Map.of("protocol", PushService.PROTOCOL, "receipts", receipts);
    }

    @GetMapping("/pull")
    @Operation(
            summary = "Get a page of what this device may keep offline (forms, groups, meetings, materials, "
                    + "officers' decisions on its conflicts), from a server-owned cursor")
    public ObjectNode pull(
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        limits.call(device().deviceId());
        return pull.pull(user(), cursor, limit);
    }

    @GetMapping("/attachments/{sha256}")
    @Operation(summary = "How much of an attachment the server has (to resume an upload)")
    public AttachmentStatus attachmentStatus(@PathVariable String sha256) {
        limits.call(device().deviceId());
        return attachments.status(sha256);
    }

    @PutMapping(path = "/attachments/{sha256}", consumes = MediaType.ALL_VALUE)
    @Operation(summary = "Upload one chunk of an attachment (Content-Range: bytes start-end/total)")
    public AttachmentStatus uploadChunk(
            @PathVariable String sha256,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String mediaType,
            @RequestHeader(HttpHeaders.CONTENT_RANGE) String range,
            HttpServletRequest request)
            throws IOException {
        limits.call(device().deviceId());
        Matcher m = CONTENT_RANGE.matcher(range);
        if (!m.matches()) {
            throw new SyncException(
                    HttpStatus.BAD_REQUEST,
                    "bad-content-range",
                    "Content-Range must look like: bytes 0-524287/1048576");
        }
        long start = Long.parseLong(m.group(1));
        long end = Long.parseLong(m.group(2));
        long total = Long.parseLong(m.group(3));
        if (end < start || end - start + 1 > AttachmentService.MAX_CHUNK) {
            throw new SyncException(
                    HttpStatus.BAD_REQUEST,
                    "bad-chunk",
                    "A chunk must hold 1 to " + AttachmentService.MAX_CHUNK + " bytes");
        }
        byte[] data = request.getInputStream().readNBytes(AttachmentService.MAX_CHUNK + 1);
        if (data.length != end - start + 1) {
            throw new SyncException(
                    HttpStatus.BAD_REQUEST, "bad-chunk", "The body must hold exactly the bytes Content-Range names");
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(mediaType);
        } catch (InvalidMediaTypeException e) {
            throw new SyncException(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "attachment-type-not-accepted",
                    "Content-Type must be the media type of the file, e.g. image/jpeg");
        }
        return attachments.receive(
                sha256, type.getType() + "/" + type.getSubtype(), start, total, data, user().personId());
    }

    private CurrentUser user() {
        return people.currentUser().orElseThrow();
    }

    /** The device whose token signed this call; anything else that authenticated (never a session) is refused. */
    private static AuthenticatedDevice device() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getDetails() instanceof AuthenticatedDevice device)) {
            throw new SyncException(
                    HttpStatus.UNAUTHORIZED,
                    "unauthenticated",
                    "This call needs a device token: Authorization: Bearer <token>");
        }
        return device;
    }
}
