/** opencc-js's dictionaries, one module each (`opencc-js/dict/STCharacters` …), as `from|to` pairs. */
declare module "opencc-js/dict/*" {
  const dict: string;
  export default dict;
}
