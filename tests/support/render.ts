/** Renders an Astro component to HTML with Astro's Container API, one container per test file. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';

type RenderArgs = Parameters<AstroContainer['renderToString']>;

let container: Promise<AstroContainer> | undefined;

export async function render(component: RenderArgs[0], options?: RenderArgs[1]): Promise<string> {
  container ??= AstroContainer.create();
  return (await container).renderToString(component, options);
}
