// Stand-in for office-addin-manifest inside Jest: office-addin-mock reads only the OfficeApp enum from it.
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
