package pl.wspolnie.security;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** A request whose body was read once (at most a limit) so it can be checked and then read again downstream. */
final class CachedBody extends HttpServletRequestWrapper {

    private final byte[] body;

    private CachedBody(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    /** The request with its body read, or null when the body is longer than {@code limit} bytes. */
    static CachedBody read(HttpServletRequest request, long limit) throws IOException {
        if (request.getContentLengthLong() > limit) {
            return null;
        }
        byte[] bytes = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        return bytes.length > limit ? null : new CachedBody(request, bytes);
    }

    byte[] bytes() {
        return body;
    }

    boolean isJson() {
        String type = getContentType();
        return body.length > 0 && type != null && type.toLowerCase().contains("json");
    }

    @Override
    public ServletInputStream getInputStream() {
        var in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("synchronous reads only");
            }

            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        String encoding = getCharacterEncoding();
        return new BufferedReader(new InputStreamReader(getInputStream(),
                encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }
}
