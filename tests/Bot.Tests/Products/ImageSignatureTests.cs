using System.Text;
using SoukPlay.Bot.Products;

namespace SoukPlay.Bot.Tests.Products;

public sealed class ImageSignatureTests
{
    [Theory]
    [InlineData("FFD8FFE000104A464946", "image/jpeg")]
    [InlineData("89504E470D0A1A0A0000000D49484452", "image/png")]
    [InlineData("474946383961010001", "image/gif")]
    [InlineData("474946383761010001", "image/gif")]
    [InlineData("524946461A000000574542505650384C", "image/webp")]
    public void ContentTypeOf_KnownImage_NamesItsType(string hex, string contentType)
    {
        ImageSignature.ContentTypeOf(Convert.FromHexString(hex)).Should().Be(contentType);
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")]
    [InlineData("<!doctype html><html>")]
    [InlineData("%PDF-1.7")]
    [InlineData("RIFF\u001a\0\0\0WAVEfmt ")]
    [InlineData("")]
    public void ContentTypeOf_AnythingElse_IsNull(string text)
    {
        ImageSignature.ContentTypeOf(Encoding.Latin1.GetBytes(text)).Should().BeNull();
    }

    [Fact]
    public void ContentTypeOf_PngSignatureCutShort_IsNull()
    {
        ImageSignature.ContentTypeOf(Convert.FromHexString("89504E470D0A")).Should().BeNull();
    }
}
