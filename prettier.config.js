// Formatting is Office's own add-in convention (printWidth 100, trailing commas where ES5 allows),
// checked by `npm run lint`.
import officeAddinPrettierConfig from "office-addin-prettier-config";

export default officeAddinPrettierConfig;
