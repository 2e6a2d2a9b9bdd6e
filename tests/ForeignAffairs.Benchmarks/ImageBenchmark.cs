using System.Diagnostics;
using System.Globalization;
using ForeignAffairs.Imaging;
using ForeignAffairs.Tests.Support;

namespace ForeignAffairs.Benchmarks;

/// <summary>
/// Times <see cref="ImageProcessor"/> on one photograph-like JPEG (3:2, noisy, as a camera's) of each size: what a
/// build spends on an image it has not processed before. The cache makes later builds skip it.
/// </summary>
internal static class ImageBenchmark
{
    public static int Run(string[] args)
    {
        var at = Array.IndexOf(args, "--runs");
        var runs = at >= 0 ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : 5;
        var sizes = (args.Length > 0 && at != 0 ? args[0] : "2,12,24").Split(',')
            .Select(s => double.Parse(s, CultureInfo.InvariantCulture));
        ImageProcessor.Process(TestImages.Photograph(600, 400), out _);
        Console.WriteLine($"{"original",-24}{"bytes",12}{"median",12}{"variants",10}{"bytes",12}");
        foreach (var megapixels in sizes)
        {
            var width = (int)Math.Round(Math.Sqrt(megapixels * 1_000_000 * 3 / 2));
            var height = width * 2 / 3;
            var original = TestImages.Photograph(width, height);
            var times = new List<double>();
            IReadOnlyList<EncodedImage> variants = [];
            for (var run = 0; run < runs; run++)
            {
                var clock = Stopwatch.StartNew();
                variants = ImageProcessor.Process(original, out _)!;
                times.Add(clock.Elapsed.TotalSeconds);
            }
            var median = times.Order().ElementAt(times.Count / 2);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{$"{width} × {height}",-24}{original.Length,12}{median,10:0.000} s" +
                $"{variants.Count,10}{variants.Sum(v => v.Bytes.Length),12}"));
        }
        return 0;
    }
}
