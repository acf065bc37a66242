let supported: boolean | undefined;

/**
 * Whether this browser can draw the map at all (old machines and some remote desktops cannot).
 * Creating a context costs hundreds of milliseconds on a software renderer: asked once.
 */
export function supportsWebgl(): boolean {
  if (supported === undefined) {
    try {
      const canvas = document.createElement('canvas');
      const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
      supported = Boolean(gl);
      // Give the probe's context back at once: browsers allow only a few at a time.
      (gl as WebGLRenderingContext | null)?.getExtension('WEBGL_lose_context')?.loseContext();
    } catch {
      supported = false;
    }
  }
  return supported;
}
