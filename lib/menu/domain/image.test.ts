import { describe, expect, it } from "vitest";
import { photoIdOf, photoUrl, sniffImageType } from "./image";

const bytes = (...b: number[]) => new Uint8Array(b);

describe("sniffImageType", () => {
  it("recognises PNG, JPEG, WebP and GIF by their magic bytes", () => {
    expect(sniffImageType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe(
      "image/png",
    );
    expect(sniffImageType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe("image/jpeg");
    const webp = new TextEncoder().encode("RIFF\0\0\0\0WEBPVP8 ");
    expect(sniffImageType(webp)).toBe("image/webp");
    expect(sniffImageType(new TextEncoder().encode("GIF89a"))).toBe("image/gif");
  });

  it("refuses other content whatever it is called (SVG, HTML, truncated headers)", () => {
    expect(sniffImageType(new TextEncoder().encode("<svg xmlns="))).toBeNull();
    expect(sniffImageType(new TextEncoder().encode("<html>"))).toBeNull();
    expect(sniffImageType(bytes(0x89, 0x50, 0x4e))).toBeNull();
    expect(sniffImageType(new TextEncoder().encode("RIFF\0\0\0\0WAVE"))).toBeNull();
    expect(sniffImageType(bytes())).toBeNull();
  });
});

describe("photo urls", () => {
  it("round-trips an id and ignores foreign urls", () => {
    expect(photoIdOf(photoUrl("abc123"))).toBe("abc123");
    expect(photoIdOf("https://example.com/a.png")).toBeNull();
    expect(photoIdOf("/api/menu/photos/../x")).toBeNull();
    expect(photoIdOf(null)).toBeNull();
  });
});
