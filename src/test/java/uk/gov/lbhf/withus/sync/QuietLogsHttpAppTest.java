package uk.gov.lbhf.withus.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.sync.devices.DeviceService;

/**
 * Bad requests from devices leave no stack trace, no answer text and no token in the log (issue 11, point 17):
 * checked on what the running server actually writes, over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class QuietLogsHttpAppTest {

    @LocalServerPort
    int port;

    @Autowired
    DeviceService devices;

    @Autowired
    PeopleService people;

    @Test
    void refused_requests_are_answered_not_logged_with_their_contents(CapturedOutput log) throws Exception {
        UUID device = UUID.randomUUID();
        String token = devices.register(people.findUser("leon").orElseThrow(), device, "Logs")
                .token();
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        int before = log.getAll().length();

        String answer = "MY-PRIVATE-ANSWER-" + UUID.randomUUID();
        var malformed = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/sync/v1/push"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"protocol\":1,\"submissions\":[{\"answers\":{\"c\":\"" + answer + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(malformed.statusCode()).isEqualTo(400);
        var wrongMethod = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/sync/v1/push"))
                        .header("Authorization", "Bearer " + token)
                        .DELETE()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        String secret = "SECRET-" + UUID.randomUUID();
        try (Socket socket = new Socket("localhost", port)) { // a header Tomcat cannot parse, holding a token
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/sync/v1/ping HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + secret
                            + "\u0001\u0002\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            assertThat(new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1))
                    .startsWith("HTTP/1.1 400");
        }

        String written = log.getAll().substring(before);
        assertThat(written)
                .doesNotContain(answer)
                .doesNotContain(secret)
                .doesNotContain(token)
                .doesNotContain("\tat ")
                .doesNotContain("PageNotFound");
    }
}
