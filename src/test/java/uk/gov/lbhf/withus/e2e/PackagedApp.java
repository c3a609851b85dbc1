package uk.gov.lbhf.withus.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged WithUs jar (target/withus.jar, built by `mvn package`) running in its own JVM on a free port, with
 * a fresh database and the demo data: the app exactly as a user starts it. H2 (the zero set-up default), or a real
 * PostgreSQL (embedded binaries, started by the test JVM) with the production profile.
 */
final class PackagedApp implements AutoCloseable {

    /** The database the app runs on. */
    enum Database {
        H2,
        POSTGRES
    }

    private Process process;
    private final int port;
    private final Path log;
    private final Path work;
    private final Database database;
    private final String postgresUrl;
    /** The SMTP server the app sends its emails to (GreenMail, in this JVM): tests read them as a resident would. */
    private final com.icegreen.greenmail.util.GreenMail mail =
            new com.icegreen.greenmail.util.GreenMail(com.icegreen.greenmail.util.ServerSetupTest.SMTP.dynamicPort());

    private PackagedApp(Process process, int port, Path log, Path work, Database database) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.work = work;
        this.database = database;
        this.postgresUrl = database == Database.POSTGRES
                ? uk.gov.lbhf.withus.testsupport.EmbeddedPostgresInitializer.newDatabase()
                : null;
    }

    static PackagedApp start() throws IOException, InterruptedException {
        return start(Database.H2);
    }

    static PackagedApp start(Database database) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("withus.jar", "target/withus.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("No packaged app at " + jar.toAbsolutePath() + ": run `mvn verify`");
        }
        Path work = Files.createTempDirectory("withus-e2e");
        Path log = Path.of("target", "e2e-app.log");
        Files.createDirectories(log.getParent());
        var app = new PackagedApp(null, freePort(), log, work, database);
        app.mail.start();
        app.launch();
        return app;
    }

    private void launch() throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("withus.jar", "target/withus.jar"));
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xmx512m",
                "-jar",
                jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--spring.datasource.url=" + jdbcUrl(),
                "--withus.demo.enabled=true",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + mail.getSmtp().getPort(),
                "--withus.public-url=http://localhost:" + port,
                // no network here: the breached-password list is PasswordCheckTest's (the common list still applies)
                "--withus.passwords.breached-check-url="));
        if (database == Database.POSTGRES) {
            command.addAll(List.of(
                    "--spring.profiles.active=postgres",
                    "--spring.datasource.username=postgres",
                    "--spring.datasource.password=postgres"));
        }
        process = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        awaitHealthy(Duration.ofSeconds(120));
    }

    /** The app's database; for H2, AUTO_SERVER lets a test read it while the app runs (and after it stopped). */
    String jdbcUrl() {
        return database == Database.POSTGRES
                ? postgresUrl
                : "jdbc:h2:file:" + work.resolve("withus").toAbsolutePath() + ";AUTO_SERVER=TRUE";
    }

    /** A connection to the app's database, for tests that count what the server holds. */
    java.sql.Connection connect() throws java.sql.SQLException {
        return database == Database.POSTGRES
                ? java.sql.DriverManager.getConnection(postgresUrl, "postgres", "postgres")
                : java.sql.DriverManager.getConnection(jdbcUrl(), "sa", "");
    }

    /** Stops the server (the network stays up): what a device sees when the council's server is down. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** Starts it again on the same port with the same database. */
    void restart() throws IOException, InterruptedException {
        launch();
    }

    /**
     * The link in the newest email the app sent to this address (waiting up to 15 s for one to come), as a resident
     * opens it from their mail program.
     */
    String newestLinkTo(String address) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        var link = java.util.regex.Pattern.compile("http://localhost:" + port + "/\\S+");
        while (Instant.now().isBefore(deadline)) {
            var messages = to(address);
            if (messages.length > 0) {
                try {
                    var m = link.matcher(String.valueOf(messages[messages.length - 1].getContent()));
                    if (m.find()) {
                        return m.group();
                    }
                } catch (IOException | jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No email with a link reached " + address + " within 15 s");
    }

    /** How many emails the app has sent to this address. */
    int emailsTo(String address) {
        return to(address).length;
    }

    private jakarta.mail.internet.MimeMessage[] to(String address) {
        return java.util.Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return java.util.Arrays.stream(m.getAllRecipients())
                                .anyMatch(r -> r.toString().equalsIgnoreCase(address));
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .toArray(jakarta.mail.internet.MimeMessage[]::new);
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private void awaitHealthy(Duration timeout) throws IOException, InterruptedException {
        var client = HttpClient.newHttpClient();
        var request = HttpRequest.newBuilder(URI.create(url("actuator/health")))
                .timeout(Duration.ofSeconds(2))
                .build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "WithUs exited on start; see " + log.toAbsolutePath() + ":\n" + Files.readString(log));
            }
            try {
                var response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("WithUs did not become healthy in " + timeout + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            stop();
        }
        mail.stop();
    }
}
