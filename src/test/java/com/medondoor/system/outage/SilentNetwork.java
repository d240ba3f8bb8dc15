package com.medondoor.system.outage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy in front of the database that can fall silent, as a network partition does: while
 * silent it still accepts connections and reads what is sent, but forwards nothing either way, so
 * every statement and every handshake waits for an answer that does not come and no error is
 * seen. {@link #failover()} then lets new connections through, while every connection opened
 * before stays silent for good, as when the address moves to a new server and the old one is gone
 * without a word.
 */
public final class SilentNetwork implements AutoCloseable {

    private final ServerSocket server;
    private final String host;
    private final int port;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final Set<Socket> abandoned = ConcurrentHashMap.newKeySet();
    private volatile boolean silent;

    public SilentNetwork(String host, int port) throws IOException {
        this.host = host;
        this.port = port;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon(this::accept);
    }

    public int port() {
        return server.getLocalPort();
    }

    public void silence() {
        silent = true;
    }

    /** Lets new connections through; those open until now never hear anything again. */
    public synchronized void failover() {
        abandoned.addAll(sockets);
        silent = false;
        notifyAll();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                sockets.add(client);
                daemon(() -> connect(client));
            }
            catch (IOException closed) {
                return;
            }
        }
    }

    private void connect(Socket client) {
        try {
            awaitSound(client);
            Socket upstream = new Socket(host, port);
            sockets.add(upstream);
            daemon(() -> pump(upstream, client));
            pump(client, upstream);
        }
        catch (IOException | InterruptedException e) {
            closeQuietly(client);
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[8192];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                awaitSound(from);
                out.write(buffer, 0, read);
                out.flush();
            }
        }
        catch (IOException | InterruptedException e) {
            // the connection was dropped
        }
        finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private synchronized void awaitSound(Socket from) throws InterruptedException {
        while (silent || abandoned.contains(from)) {
            wait();
        }
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, "silent-network");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        }
        catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        sockets.forEach(SilentNetwork::closeQuietly);
    }
}
