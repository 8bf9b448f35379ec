// The catalogue's stylesheet, served as /k/catalogus.css so that the page's
// Content-Security-Policy needs no inline styles. Small, no web fonts, colours
// with a contrast of at least 7:1 for text, visible focus.
export const CATALOGUE_CSS = `
*{box-sizing:border-box}
body{margin:0;font:17px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f23;background:#fff}
a{color:#0a4a85}
a:focus-visible,button:focus-visible,input:focus-visible,summary:focus-visible{outline:3px solid #b34700;outline-offset:2px}
.wrap{max-width:46rem;margin:0 auto;padding:0 1rem}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem}
.skip:focus{left:1rem}
header{background:#eef3f8;border-bottom:1px solid #c9d6e3;padding:1.5rem 0 1.25rem}
.merk{margin:0;font-weight:700;letter-spacing:.04em;text-transform:uppercase;font-size:.8rem;color:#33475b}
h1{margin:.25rem 0 .5rem;font-size:1.7rem;line-height:1.2}
header p{margin:.25rem 0}
main{padding:1.5rem 0 2rem}
form{margin:0 0 1.5rem}
label{display:block;font-weight:600;margin-bottom:.3rem}
.veld{display:flex;gap:.5rem;flex-wrap:wrap}
input[type=search]{flex:1 1 14rem;font:inherit;padding:.55rem .7rem;border:2px solid #56677a;border-radius:6px}
button{font:inherit;font-weight:600;padding:.55rem 1.2rem;border:0;border-radius:6px;background:#0a4a85;color:#fff;cursor:pointer}
.uitleg{margin:.35rem 0 0;color:#3d4a57;font-size:.92rem}
h2{font-size:1.25rem;margin:0 0 .75rem}
.kaarten{list-style:none;margin:0;padding:0;display:grid;gap:1rem}
.kaart{border:1px solid #c9d6e3;border-radius:8px;padding:1rem 1.1rem}
.kaart h3{margin:0;font-size:1.15rem;line-height:1.3}
.kaart h3 span{display:block;font-weight:400;font-size:1rem;color:#3d4a57}
.geldt{margin:.5rem 0 0;padding:.3rem .6rem;background:#e8f4ea;border-left:4px solid #1d6b33;border-radius:4px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.75rem 0 0}
dt{color:#3d4a57}
dd{margin:0}
.aanpassen{margin:.6rem 0 0;font-size:.95rem}
.aanpassen span{color:#3d4a57}
details{margin-top:.5rem}
summary{cursor:pointer;color:#0a4a85}
details p{margin:.4rem 0 0;font-size:.95rem}
footer{border-top:1px solid #c9d6e3;padding:1rem 0 2rem;color:#3d4a57;font-size:.92rem}
`;
