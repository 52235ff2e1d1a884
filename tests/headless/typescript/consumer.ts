// A front end's use of the typed client that openapi-typescript generates from
// /api/v1/openapi.json (written next to this file as schema.d.ts by
// tests/headless/test_typescript_client.py, then compiled with tsc --strict).
import type { components } from "./schema";

type Flagship = components["schemas"]["FlagshipOut"];
type Publication = components["schemas"]["PublicationOut"];
type Story = components["schemas"]["StoryOut"];
type BodyBlock = Flagship["body_blocks"][number];

// Narrowed by `type`: every block type handled, each value with its own shape.
export function renderBlock(block: BodyBlock): string {
  switch (block.type) {
    case "text":
      return block.value;
    case "image":
      return `<figure><img src="${block.value.image?.url ?? ""}" srcset="${block.value.image?.srcset ?? ""}" alt="${block.value.image?.alt ?? ""}"><figcaption>${block.value.caption}</figcaption></figure>`;
    case "key_figures":
      return block.value.map((figure) => `<li><strong>${figure.value}</strong> ${figure.label}</li>`).join("");
    case "quote":
      return `<blockquote>${block.value.quote}<footer>${block.value.attribution}</footer></blockquote>`;
    case "video":
      return block.value.embed?.html ?? `<a href="${block.value.url}">${block.value.caption}</a>`;
    default: {
      const unhandled: never = block;
      return unhandled;
    }
  }
}

export function storyBody(story: Story): string {
  return story.body_blocks.map(renderBlock).join("");
}

export function publicationOutline(publication: Publication): string[] {
  return publication.read_online_blocks.flatMap((block) => (block.type === "heading" ? [block.value] : []));
}

export function focalPoint(publication: Publication): string {
  for (const block of publication.read_online_blocks) {
    if (block.type === "image" && block.value.focal_point) {
      return `${block.value.focal_point.x * 100}% ${block.value.focal_point.y * 100}%`;
    }
  }
  return "50% 50%";
}

export const french: Flagship["locale"] = "fr";
