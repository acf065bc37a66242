declare module 'shpjs' {
  /** shpjs reads a shapefile given as its parts (or a zip); `cpg` names the attribute encoding. */
  export default function getShapefile(input: {
    shp: Uint8Array;
    dbf?: Uint8Array;
    prj?: string;
    cpg?: string;
  }): Promise<unknown>;
}
