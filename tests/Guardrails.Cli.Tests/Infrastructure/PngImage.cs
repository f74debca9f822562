using System.Buffers.Binary;
using System.IO.Compression;

namespace Guardrails.Cli.Tests.Infrastructure;

/// <summary>
/// Just enough of a PNG decoder to look at a browser screenshot: 8-bit RGB or RGBA, not interlaced (what Chromium
/// writes). Decodes the pixels, so a test can tell a rendered page from a blank one.
/// </summary>
internal sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly byte[] _pixels;
    private readonly int _channels;

    private PngImage(int width, int height, int channels, byte[] pixels)
    {
        Width = width;
        Height = height;
        _channels = channels;
        _pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public static PngImage Read(string path)
    {
        var data = File.ReadAllBytes(path);
        Assert.True(data.AsSpan(0, 8).SequenceEqual(Signature), path + " is not a PNG file.");
        int width = 0, height = 0, channels = 0;
        using var compressed = new MemoryStream();
        for (var offset = 8; offset < data.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(data, offset + 4, 4);
            var body = data.AsSpan(offset + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(body);
                height = BinaryPrimitives.ReadInt32BigEndian(body[4..]);
                var (bitDepth, colorType, interlace) = (body[8], body[9], body[12]);
                Assert.True(bitDepth == 8 && colorType is 2 or 6 && interlace == 0, $"unsupported PNG: bit depth {bitDepth}, colour type {colorType}, interlace {interlace}");
                channels = colorType == 6 ? 4 : 3;
            }
            else if (type == "IDAT")
            {
                compressed.Write(body);
            }

            offset += 12 + length;
        }

        compressed.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        return new PngImage(width, height, channels, Unfilter(inflated.ToArray(), width, height, channels));
    }

    /// <summary>The (r, g, b) of every pixel.</summary>
    public IEnumerable<(byte R, byte G, byte B)> Pixels()
    {
        for (var i = 0; i < _pixels.Length; i += _channels)
        {
            yield return (_pixels[i], _pixels[i + 1], _pixels[i + 2]);
        }
    }

    /// <summary>How many pixels are within <paramref name="tolerance"/> per channel of the colour "#rrggbb".</summary>
    public int CountNear(string hexColor, int tolerance = 8)
    {
        var (r, g, b) = (Convert.ToByte(hexColor[1..3], 16), Convert.ToByte(hexColor[3..5], 16), Convert.ToByte(hexColor[5..7], 16));
        return Pixels().Count(p => Math.Abs(p.R - r) <= tolerance && Math.Abs(p.G - g) <= tolerance && Math.Abs(p.B - b) <= tolerance);
    }

    private static byte[] Unfilter(byte[] data, int width, int height, int channels)
    {
        var stride = width * channels;
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = data[y * (stride + 1)];
            var source = data.AsSpan(y * (stride + 1) + 1, stride);
            var row = pixels.AsSpan(y * stride, stride);
            var previous = y > 0 ? pixels.AsSpan((y - 1) * stride, stride) : new byte[stride];
            for (var x = 0; x < stride; x++)
            {
                int left = x >= channels ? row[x - channels] : 0;
                int up = previous[x];
                int upLeft = x >= channels ? previous[x - channels] : 0;
                row[x] = (byte)(source[x] + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException("PNG filter type " + filter),
                });
            }
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
